import { type OAuthClientRecord } from "../model";
import { type Store } from "../store";
import { OAuthError, invalidRequest } from "./errors";
import { validateCodeChallenge } from "./pkce";
import { oauthClient } from "./records";
import { type OAuthRequest } from "./request";

/**
 * An authorization request checked as authlib does before showing consent or issuing a code
 * (authlib/oauth2/rfc6749/grants/authorization_code.py `validate_code_authorization_request`, base.py
 * `validate_authorization_redirect_uri`, with udata's exact-match `check_redirect_uri`).
 */
export interface AuthorizationRequest {
  client: OAuthClientRecord;
  /** Where the answer goes: the `redirect_uri` asked, or the client's first. */
  redirectUri: string;
  state: string | null;
}

const SINGLE_PARAMETERS = ["response_type", "client_id", "redirect_uri", "scope", "state"];

function clientAndRedirect(store: Store, request: OAuthRequest): { client: OAuthClientRecord; redirectUri: string } {
  const clientId = request.value("client_id");
  if (!clientId) throw new OAuthError("invalid_client", "Missing 'client_id' parameter.");
  const client = /^[0-9a-f]{24}$/i.test(clientId) ? oauthClient(store, clientId) : undefined;
  if (!client) throw new OAuthError("invalid_client", "The client does not exist on this server.");
  const asked = request.value("redirect_uri");
  if (asked && !client.redirect_uris.includes(asked)) {
    throw invalidRequest(`Redirect URI ${asked} is not supported by client.`);
  }
  const redirectUri = asked ?? client.redirect_uris[0];
  if (!redirectUri) throw invalidRequest("Missing 'redirect_uri' in request.");
  return { client, redirectUri };
}

/** Only the code flow is registered (udata registers no implicit grant). */
function checkResponseType(store: Store, request: OAuthRequest): void {
  const responseType = (request.value("response_type") ?? "").split(" ").filter(Boolean).sort().join(" ");
  if (responseType === "code") return;
  const error = new OAuthError("unsupported_response_type", `response_type=${responseType || "None"} is not supported`);
  // authlib ≥ 1.6.10 (udata's test_invalid_implicit_grant_token) sends it back to a redirect URI it has checked.
  const redirectUri = checkedRedirect(store, request);
  throw redirectUri ? error.withRedirect(redirectUri) : error;
}

function checkedRedirect(store: Store, request: OAuthRequest): string | null {
  try {
    return clientAndRedirect(store, request).redirectUri;
  } catch {
    return null;
  }
}

/**
 * `multiple`: also refuse repeated parameters, as `get_consent_grant` does (the consent page); the POST that
 * answers it does not check them.
 */
export function validateAuthorizationRequest(
  store: Store,
  request: OAuthRequest,
  { multiple }: { multiple: boolean },
): AuthorizationRequest {
  const state = request.value("state");
  try {
    checkResponseType(store, request);
    if (multiple) {
      const repeated = SINGLE_PARAMETERS.find((name) => request.count(name) > 1);
      if (repeated) throw invalidRequest(`Multiple '${repeated}' in request.`);
    }
    const { client, redirectUri } = clientAndRedirect(store, request);
    try {
      validateCodeChallenge(request);
    } catch (error) {
      // Errors found once the redirect URI is known go back to it.
      throw error instanceof OAuthError ? error.withRedirect(redirectUri) : error;
    }
    return { client, redirectUri, state };
  } catch (error) {
    throw error instanceof OAuthError ? error.withState(state) : error;
  }
}

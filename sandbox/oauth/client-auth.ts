import { type OAuthClientRecord } from "../model";
import { type Store } from "../store";
import { OAuthError } from "./errors";
import { oauthClient } from "./records";
import { type OAuthRequest, basicCredentials } from "./request";

/**
 * Client authentication at the token and revocation endpoints (authlib/oauth2/rfc6749/authenticate_client.py
 * `ClientAuthentication`, with udata's `OAuth2Client.check_endpoint_auth_method`: a client with a secret uses
 * it, a client without one uses "none"). The methods are tried in the grant's order.
 */
export type AuthMethod = "none" | "client_secret_basic" | "client_secret_post";

export interface AuthenticatedClient {
  client: OAuthClientRecord;
  method: AuthMethod;
}

const OBJECT_ID = /^[0-9a-f]{24}$/i;

function invalidClient(description: string, status: number): OAuthError {
  // InvalidClientError.get_headers: a 401 names the scheme ('"' would become '|').
  const headers: Record<string, string> =
    status === 401
      ? { "WWW-Authenticate": `Basic error="invalid_client", error_description="${description.replace(/"/g, "|")}"` }
      : {};
  return new OAuthError("invalid_client", description, { status, headers });
}

/** `_validate_client`: an unknown client stops the search at once. */
function knownClient(store: Store, clientId: string, status: number): OAuthClientRecord {
  const client = OBJECT_ID.test(clientId) ? oauthClient(store, clientId) : undefined;
  if (!client) throw invalidClient("The client does not exist on this server.", status);
  return client;
}

function tryMethod(store: Store, request: OAuthRequest, method: AuthMethod): OAuthClientRecord | null {
  if (method === "none") {
    const clientId = request.value("client_id");
    if (!clientId || request.value("client_secret")) return null;
    const client = knownClient(store, clientId, 400);
    return client.secret ? null : client;
  }
  const credentials =
    method === "client_secret_basic"
      ? basicCredentials(request.authorization)
      : { id: request.form.get("client_id"), secret: request.form.get("client_secret") };
  if (!credentials?.id || !credentials.secret) return null;
  const client = knownClient(store, credentials.id, method === "client_secret_basic" ? 401 : 400);
  return client.secret && client.secret === credentials.secret ? client : null;
}

export function authenticateClient(store: Store, request: OAuthRequest, methods: AuthMethod[]): AuthenticatedClient {
  for (const method of methods) {
    const client = tryMethod(store, request, method);
    if (client) return { client, method };
  }
  // Python's repr of the list, as authlib formats it.
  const description = `The client cannot authenticate with methods: [${methods.map((m) => `'${m}'`).join(", ")}]`;
  throw invalidClient(description, methods.includes("client_secret_basic") ? 401 : 400);
}

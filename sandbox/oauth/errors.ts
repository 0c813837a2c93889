import { type Reply } from "../http";
import { type JsonObject } from "../json";

/**
 * authlib's OAuth2Error (authlib/oauth2/base.py, authlib/common/errors.py): a JSON body `{error,
 * error_description?, state?}` with `Cache-Control: no-store`, or, once the redirect URI is known, a 302 to it
 * with the same fields in the query.
 */
export const NO_STORE = { "Cache-Control": "no-store", Pragma: "no-cache" } as const;

export interface OAuthErrorOptions {
  status?: number;
  state?: string | null;
  redirectUri?: string;
  headers?: Record<string, string>;
}

export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string = "",
    readonly options: OAuthErrorOptions = {},
  ) {
    super(`${error}: ${description}`);
  }

  /** `get_body`: error, then the description and the state when there are. */
  body(): JsonObject {
    const body: JsonObject = { error: this.error };
    if (this.description) body.error_description = this.description;
    if (this.options.state) body.state = this.options.state;
    return body;
  }

  withState(state: string | null): OAuthError {
    return new OAuthError(this.error, this.description, { ...this.options, state });
  }

  withRedirect(redirectUri: string): OAuthError {
    return new OAuthError(this.error, this.description, { ...this.options, redirectUri });
  }
}

/** `add_params_to_uri`: the redirect URI keeps its own query, the parameters follow. */
export function redirectWith(uri: string, params: Record<string, string | null | undefined>): Reply {
  const location = new URL(uri);
  for (const [name, value] of Object.entries(params)) if (value) location.searchParams.append(name, value);
  return { status: 302, headers: { Location: location.href } };
}

export function oauthErrorReply(error: OAuthError): Reply {
  const body = error.body();
  if (error.options.redirectUri) {
    return redirectWith(
      error.options.redirectUri,
      Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)])),
    );
  }
  return { status: error.options.status ?? 400, body, headers: { ...NO_STORE, ...error.options.headers } };
}

export const invalidRequest = (description: string) => new OAuthError("invalid_request", description);
export const invalidGrant = (description = "") => new OAuthError("invalid_grant", description);

import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { type Reply } from "../http";
import { type OAuthTokenRecord } from "../model";
import { type Store } from "../store";
import { authenticateClient } from "./client-auth";
import { NO_STORE, OAuthError, invalidGrant, oauthErrorReply } from "./errors";
import { tokenByAccess, tokenByRefresh } from "./records";
import { type OAuthRequest, readOAuthRequest } from "./request";

/**
 * `POST /oauth/revoke`: udata's `RevokeToken` (CLIENT_AUTH_METHODS none and client_secret_basic) on authlib's
 * RevocationEndpoint (authlib/oauth2/rfc7009/revocation.py). 200 `{}` whether or not the token was found.
 */
const TOKEN_TYPES = ["access_token", "refresh_token"];

/** `RevokeToken.query_token`: a hint looks in that field only, so a wrong hint finds nothing. */
function queryToken(store: Store, value: string, hint: string | null): OAuthTokenRecord | undefined {
  if (hint === "access_token") return tokenByAccess(store, value);
  if (hint === "refresh_token") return tokenByRefresh(store, value);
  return tokenByAccess(store, value) ?? tokenByRefresh(store, value);
}

function revokeRequest(ctx: Context, oauth: OAuthRequest): void {
  const { client } = authenticateClient(ctx.store, oauth, ["none", "client_secret_basic"]);
  const value = oauth.form.get("token");
  if (value === null) throw new OAuthError("invalid_request");
  const hint = oauth.form.get("token_type_hint");
  if (hint && !TOKEN_TYPES.includes(hint)) throw new OAuthError("unsupported_token_type", "", { status: 401 });
  const token = queryToken(ctx.store, value, hint);
  if (!token) return;
  if (token.client !== client.id) throw invalidGrant();
  token.revoked = true;
  ctx.store.changed();
}

async function revoke(ctx: Context, request: ApiRequest): Promise<Reply> {
  try {
    revokeRequest(ctx, await readOAuthRequest(request));
    return { status: 200, body: {}, headers: { ...NO_STORE } };
  } catch (error) {
    if (error instanceof OAuthError) return oauthErrorReply(error);
    throw error;
  }
}

export function revokeRoutes(ctx: Context): RouteDefinition[] {
  return [{ method: "POST", path: "/oauth/revoke", handler: (request) => revoke(ctx, request) }];
}

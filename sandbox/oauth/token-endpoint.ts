import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { type Reply } from "../http";
import { sortedKeys } from "../render/sorted";
import { type AuthMethod, authenticateClient } from "./client-auth";
import { NO_STORE, OAuthError, invalidGrant, invalidRequest, oauthErrorReply } from "./errors";
import { validateCodeVerifier } from "./pkce";
import { isRefreshTokenValid, tokenByRefresh } from "./records";
import { type OAuthRequest, readOAuthRequest } from "./request";
import { type IssuedToken, issueToken, refreshToken } from "./tokens";

/**
 * `POST /oauth/token` (udata/api/oauth2.py `access_token` → authlib's `create_token_response`) with the grants
 * udata registers: AuthorizationCodeGrant (+ PKCE), RefreshTokenGrant and ClientCredentialsGrant. udata's
 * PasswordGrant checks a password, which sandbox accounts do not have: it answers as a grant not registered.
 */
/** udata's TOKEN_EXPIRATION (and OAUTH2_TOKEN_EXPIRES_IN for authorization_code and client_credentials). */
export const TOKEN_EXPIRATION_S = 30 * 24 * 60 * 60;

export interface TokenSettings {
  /** The lifetime of issued access tokens, in seconds. */
  ttlS: number;
}

/** udata's AuthorizationCodeGrant.TOKEN_ENDPOINT_AUTH_METHODS; the other grants keep authlib's default. */
const CODE_METHODS: AuthMethod[] = ["none", "client_secret_basic", "client_secret_post"];
const DEFAULT_METHODS: AuthMethod[] = ["client_secret_basic"];

/** AuthorizationCodeGrant `validate_token_request` and `create_token_response`. */
function exchangeCode(ctx: Context, oauth: OAuthRequest, settings: TokenSettings): IssuedToken {
  const { client, method } = authenticateClient(ctx.store, oauth, CODE_METHODS);
  const value = oauth.form.get("code");
  if (value === null) throw invalidRequest("Missing 'code' in request.");
  // `query_authorization_code`: this client's code, not expired.
  const code = ctx.store.state.oauthCodes.find((saved) => saved.code === value && saved.client === client.id);
  if (!code || Date.parse(code.expires) < Date.now()) throw invalidGrant("Invalid 'code' in request.");
  if (code.redirect_uri && oauth.value("redirect_uri") !== code.redirect_uri) {
    throw invalidGrant("Invalid 'redirect_uri' in request.");
  }
  validateCodeVerifier(code, oauth.form.get("code_verifier"), method);
  if (!ctx.store.user(code.user)) throw invalidGrant("There is no 'user' for this code.");
  const issued = issueToken(ctx.store, "authorization_code", {
    client,
    user: code.user,
    scope: code.scope,
    ttlS: settings.ttlS,
  });
  ctx.store.state.oauthCodes = ctx.store.state.oauthCodes.filter((saved) => saved !== code);
  ctx.store.changed();
  return issued;
}

/** RefreshTokenGrant: a revoked, foreign, unknown or too old refresh token is an `invalid_grant` without a word. */
function refresh(ctx: Context, oauth: OAuthRequest, settings: TokenSettings): IssuedToken {
  const { client } = authenticateClient(ctx.store, oauth, DEFAULT_METHODS);
  const value = oauth.form.get("refresh_token");
  if (value === null) throw invalidRequest("Missing 'refresh_token' in request.");
  const token = tokenByRefresh(ctx.store, value);
  if (!token || !isRefreshTokenValid(token) || token.client !== client.id) throw invalidGrant();
  const scope = oauth.value("scope");
  if (scope) {
    const original = new Set(token.scope.split(" ").filter(Boolean));
    if (original.size === 0 || scope.split(/\s+/).some((word) => !original.has(word))) {
      throw new OAuthError("invalid_scope", "The requested scope is invalid, unknown, or malformed.");
    }
  }
  if (!token.user) throw invalidRequest("There is no 'user' for this token.");
  return refreshToken(ctx.store, token, settings.ttlS);
}

/** ClientCredentialsGrant: a token for the client's owner (udata's `save_token`: `request.user or client.owner`). */
function clientCredentials(ctx: Context, oauth: OAuthRequest, settings: TokenSettings): IssuedToken {
  const { client } = authenticateClient(ctx.store, oauth, DEFAULT_METHODS);
  return issueToken(ctx.store, "client_credentials", {
    client,
    user: client.owner,
    scope: oauth.value("scope"),
    ttlS: settings.ttlS,
  });
}

const GRANTS = new Map<string, (ctx: Context, oauth: OAuthRequest, settings: TokenSettings) => IssuedToken>([
  ["authorization_code", exchangeCode],
  ["refresh_token", refresh],
  ["client_credentials", clientCredentials],
]);

async function token(ctx: Context, request: ApiRequest, settings: TokenSettings): Promise<Reply> {
  const oauth = await readOAuthRequest(request);
  const grantType = oauth.value("grant_type");
  const grant = grantType ? GRANTS.get(grantType) : undefined;
  try {
    if (!grant) throw new OAuthError("unsupported_grant_type", `grant_type=${grantType ?? "None"} is not supported`);
    // The body's keys sorted, as Flask's JSON answers them.
    return { status: 200, body: sortedKeys({ ...grant(ctx, oauth, settings) }), headers: { ...NO_STORE } };
  } catch (error) {
    if (error instanceof OAuthError) return oauthErrorReply(error);
    throw error;
  }
}

export function tokenRoutes(ctx: Context, settings: TokenSettings): RouteDefinition[] {
  return [{ method: "POST", path: "/oauth/token", handler: (request) => token(ctx, request, settings) }];
}

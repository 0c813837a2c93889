import { udataTimestamp } from "../dates";
import { type OAuthClientRecord, type OAuthTokenRecord } from "../model";
import { newObjectId } from "../ids";
import { type Store } from "../store";
import { generateToken } from "./records";

/**
 * Issuing tokens: authlib's BearerTokenGenerator with udata's settings (OAUTH2_REFRESH_TOKEN_GENERATOR, so a
 * 48-character refresh token beside the 42-character access token) and udata's `save_token`.
 */
export type TokenGrant = "authorization_code" | "refresh_token" | "client_credentials";

/** authlib's DEFAULT_EXPIRES_IN: udata's OAUTH2_TOKEN_EXPIRES_IN has no entry for refresh_token. */
const REFRESHED_EXPIRES_IN_S = 3600;

/** The answer of the token endpoint; `scope` is never in it (udata's `save_token` pops it from the dict). */
export interface IssuedToken {
  access_token: string;
  expires_in: number;
  refresh_token?: string;
  token_type: "Bearer";
}

/**
 * `ttlS`: the configured lifetime (udata's 30 days by default); a refreshed token gets authlib's hour, or the
 * configured lifetime when that is shorter, so that short-lived tokens stay short after a refresh.
 */
function expiresIn(grant: TokenGrant, ttlS: number): number {
  return grant === "refresh_token" ? Math.min(ttlS, REFRESHED_EXPIRES_IN_S) : ttlS;
}

/** `get_allowed_scope`: the asked scopes the client has, in the asked order. */
function allowedScope(client: OAuthClientRecord, scope: string | null): string {
  if (!scope) return "";
  const allowed = new Set(client.scope.split(" "));
  return scope
    .split(/\s+/)
    .filter((word) => allowed.has(word))
    .join(" ");
}

function generate(grant: TokenGrant, ttlS: number, withRefresh: boolean): IssuedToken {
  const token: IssuedToken = {
    access_token: generateToken(42),
    expires_in: expiresIn(grant, ttlS),
    token_type: "Bearer",
  };
  if (withRefresh) token.refresh_token = generateToken(48);
  return token;
}

export interface NewToken {
  client: OAuthClientRecord;
  user: string | null;
  scope: string | null;
  ttlS: number;
}

/** `save_token` for a new grant: a new token document. */
export function issueToken(store: Store, grant: Exclude<TokenGrant, "refresh_token">, request: NewToken): IssuedToken {
  const issued = generate(grant, request.ttlS, grant === "authorization_code");
  const record: OAuthTokenRecord = {
    id: newObjectId(),
    client: request.client.id,
    user: request.user,
    access_token: issued.access_token,
    refresh_token: issued.refresh_token ?? null,
    created_at: udataTimestamp(),
    expires_in: issued.expires_in,
    scope: allowedScope(request.client, request.scope),
    revoked: false,
  };
  store.state.oauthTokens.push(record);
  store.changed();
  return issued;
}

/**
 * `save_token` for a refresh (`RefreshTokenGrant` with INCLUDE_NEW_REFRESH_TOKEN): the same document gets the
 * new strings, so the old ones stop working. Two departures, to keep the intent of udata's test_refresh_token
 * (the refreshed token works): `created_at` moves too (udata's `update(**token)` keeps the old one, so a token
 * refreshed after an hour would be born expired), and the record is not revoked afterwards (udata's
 * `revoke_old_credential` saves the document it loaded before the update, which may mark the refreshed one).
 */
export function refreshToken(store: Store, token: OAuthTokenRecord, ttlS: number): IssuedToken {
  const issued = generate("refresh_token", ttlS, true);
  token.access_token = issued.access_token;
  token.refresh_token = issued.refresh_token ?? null;
  token.expires_in = issued.expires_in;
  token.created_at = udataTimestamp();
  store.changed();
  return issued;
}

import { randomBytes } from "node:crypto";
import { type OAuthClientRecord, type OAuthTokenRecord } from "../model";
import { type Store } from "../store";

/**
 * Lookups over the OAuth2 records. Plain scans: a sandbox holds a handful of clients and the tokens its tests
 * issue, so maps to keep in step with resets and reloads would cost more than they save.
 */
export function oauthClient(store: Store, clientId: string): OAuthClientRecord | undefined {
  return store.state.oauthClients.find((client) => client.id === clientId);
}

export function tokenByAccess(store: Store, accessToken: string): OAuthTokenRecord | undefined {
  return store.state.oauthTokens.find((token) => token.access_token === accessToken);
}

export function tokenByRefresh(store: Store, refreshToken: string): OAuthTokenRecord | undefined {
  return store.state.oauthTokens.find((token) => token.refresh_token === refreshToken);
}

const TOKEN_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** authlib/common/security.py `generate_token`: `length` letters and digits. */
export function generateToken(length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (byte) => TOKEN_CHARACTERS[byte % TOKEN_CHARACTERS.length]).join("");
}

/** `OAuth2Token.get_expires_at`, in milliseconds. */
export function expiresAt(token: OAuthTokenRecord): number {
  return Date.parse(token.created_at) + token.expires_in * 1000;
}

/** udata's REFRESH_EXPIRATION: a refresh token outlives its access token by 30 days. */
const REFRESH_EXPIRATION_MS = 30 * 24 * 60 * 60 * 1000;

/** `OAuth2Token.is_refresh_token_valid`: not revoked, and not 30 days past the access token's expiry. */
export function isRefreshTokenValid(token: OAuthTokenRecord, now: number = Date.now()): boolean {
  return !token.revoked && expiresAt(token) + REFRESH_EXPIRATION_MS > now;
}

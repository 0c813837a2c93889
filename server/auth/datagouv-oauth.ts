import "server-only";

import { type Client, custom, errors, Issuer } from "openid-client";

import { TIMEOUT_MS } from "~/server/datagouv";
import { env } from "~/server/env";
import { type OAuthCredential, refreshTime } from "./session-credential";

/** data.gouv.fr's OAuth2 server (udata/api/oauth2.py, under `/oauth`): where the site sends and asks. */
export const OAUTH_ENDPOINTS = {
  authorization: `${env.DATAGOUV_URL}/oauth/authorize`,
  token: `${env.DATAGOUV_URL}/oauth/token`,
  revocation: `${env.DATAGOUV_URL}/oauth/revoke`,
} as const;

/** The scope the site asks for: `default` (udata's SCOPES), never `admin`. */
export const OAUTH_SCOPE = "default";

/** Every call to the token and revocation endpoints gives up after this, as a write to the API does. */
const HTTP_OPTIONS = { timeout: TIMEOUT_MS.write };

let client: Client | undefined;

/**
 * openid-client (the library next-auth uses for the sign-in itself) for the calls after it: refresh and revoke,
 * authenticated as udata's RevokeToken accepts (`client_secret_basic`). Null when the site has no client.
 */
function oauthClient(): Client | null {
  if (!env.DATAGOUV_OAUTH) return null;
  if (!client) {
    const issuer = new Issuer({
      issuer: env.DATAGOUV_URL,
      authorization_endpoint: OAUTH_ENDPOINTS.authorization,
      token_endpoint: OAUTH_ENDPOINTS.token,
      revocation_endpoint: OAUTH_ENDPOINTS.revocation,
    });
    client = new issuer.Client({
      client_id: env.DATAGOUV_OAUTH.clientId,
      client_secret: env.DATAGOUV_OAUTH.clientSecret,
      token_endpoint_auth_method: "client_secret_basic",
    });
    client[custom.http_options] = (_url, options) => ({ ...options, ...HTTP_OPTIONS });
  }
  return client;
}

/** The site's OAuth2 options for next-auth's provider: the same endpoints and timeout. */
export const OAUTH_HTTP_OPTIONS = HTTP_OPTIONS;

/**
 * The vault's credential for tokens data.gouv.fr gave; `expiresAtSeconds` is openid-client's `expires_at`, from
 * the answer's `expires_in` (udata always sends one: TOKEN_EXPIRATION; without it, the token is renewed at once).
 */
export function oauthCredential(
  accessToken: string,
  refreshToken: string,
  expiresAtSeconds: number | undefined,
): OAuthCredential {
  const expiresAt = expiresAtSeconds === undefined ? Date.now() : expiresAtSeconds * 1000;
  return { kind: "oauth", accessToken, refreshToken, expiresAt, refreshAt: refreshTime(expiresAt) };
}

/**
 * Exchanges the refresh token for new tokens (udata's RefreshTokenGrant, which rotates both). `refused` when
 * data.gouv.fr will not (revoked, expired, unknown: an OAuth2 error answer); throws when it could not be asked.
 */
export async function refreshOAuthTokens(refreshToken: string): Promise<OAuthCredential | "refused"> {
  const oauth = oauthClient();
  if (!oauth) return "refused";
  try {
    const tokens = await oauth.refresh(refreshToken);
    if (!tokens.access_token) return "refused";
    // INCLUDE_NEW_REFRESH_TOKEN: udata sends a new one; keep the old one if an instance ever does not.
    return oauthCredential(tokens.access_token, tokens.refresh_token ?? refreshToken, tokens.expires_at);
  } catch (error) {
    if (error instanceof errors.OPError) return "refused";
    throw new Error(`data.gouv.fr's token endpoint did not answer (${error instanceof Error ? error.name : "error"})`);
  }
}

/**
 * Revokes the session's tokens at data.gouv.fr (udata's RevokeToken marks the token document revoked, which
 * stops both its access and refresh tokens). Best effort: a sign-out never waits on a failure; false then.
 */
export async function revokeOAuthTokens(credential: OAuthCredential): Promise<boolean> {
  const oauth = oauthClient();
  if (!oauth) return false;
  try {
    await oauth.revoke(credential.refreshToken, "refresh_token");
    return true;
  } catch {
    return false;
  }
}

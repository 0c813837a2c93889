import "server-only";

/**
 * Who a call to data.gouv.fr acts for (udata/api/__init__.py `authentify`): an API key, sent as `X-API-KEY`, or
 * an OAuth2 access token, sent as `Authorization: Bearer` (udata/api/oauth2.py). A plain string is an API key,
 * the site's first way in; a session signed in with data.gouv.fr gives its current access token.
 */
export type UpstreamCredential = string | { readonly accessToken: string };

/** The header that carries the credential, and its value. */
export function credentialHeader(credential: UpstreamCredential): [name: string, value: string] {
  return typeof credential === "string"
    ? ["X-API-KEY", credential]
    : ["Authorization", `Bearer ${credential.accessToken}`];
}

/** The secret part, for what must never repeat it (error messages, logs). */
export function credentialSecret(credential: UpstreamCredential): string {
  return typeof credential === "string" ? credential : credential.accessToken;
}

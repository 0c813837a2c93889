import "server-only";

import type { OAuthConfig } from "next-auth/providers/oauth";

import { getMe } from "~/server/datagouv";
import { env } from "~/server/env";
import { OAUTH_ENDPOINTS, OAUTH_HTTP_OPTIONS, OAUTH_SCOPE } from "./datagouv-oauth";
import { displayName, type Identity, identitySchema } from "./identity";

/** The provider id (a contract: its callback is `/api/auth/callback/datagouv`). */
export const DATAGOUV_PROVIDER_ID = "datagouv";

/** What the provider gives next-auth: the identity the site shows, without a session id yet (options.ts). */
interface DatagouvProfile {
  id: string;
  name: string;
  slug: string;
  picture: string | null;
  roles: string[];
  organizations: Identity["organizations"];
}

/** What the userinfo step gives the profile step: `GET /me/`, under next-auth's `sub`. */
interface Userinfo {
  sub: string;
  identity: Identity;
}

/**
 * Sign in with data.gouv.fr: udata's OAuth2 server (udata/api/oauth2.py), authorization code with PKCE (S256)
 * and state, scope `default`, the client authenticated with its secret (`client_secret_basic`). The user is read
 * with `GET /me/` and the access token, as every later call (`Authorization: Bearer`). The tokens go to the vault
 * in the jwt callback (options.ts), never into the session cookie.
 */
export function datagouvProvider(client: { clientId: string; clientSecret: string }): OAuthConfig<Userinfo> {
  return {
    id: DATAGOUV_PROVIDER_ID,
    name: "data.gouv.fr",
    type: "oauth",
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    client: { token_endpoint_auth_method: "client_secret_basic" },
    issuer: env.DATAGOUV_URL,
    authorization: { url: OAUTH_ENDPOINTS.authorization, params: { scope: OAUTH_SCOPE } },
    token: OAUTH_ENDPOINTS.token,
    userinfo: {
      url: `${env.DATAGOUV_URL}/api/1/me/`,
      request: async ({ tokens }): Promise<Userinfo> => {
        const identity = await getMe({ accessToken: tokens.access_token ?? "" }, { select: identitySchema });
        return { sub: identity.id, identity };
      },
    },
    checks: ["pkce", "state"],
    idToken: false,
    httpOptions: OAUTH_HTTP_OPTIONS,
    profile: ({ identity }): DatagouvProfile => ({
      id: identity.id,
      name: displayName(identity),
      slug: identity.slug,
      picture: identity.avatar_thumbnail ?? null,
      roles: identity.roles,
      organizations: identity.organizations,
    }),
  };
}

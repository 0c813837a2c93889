// The OAuth2 client the sandbox registers at start (sandbox/README.md, "Demo accounts"): the demo and the e2e
// sign in with data.gouv.fr through it. Its redirect URI is the site's callback, told to the sandbox at start.

/** The sandbox's demo client, as `DATAGOUV_OAUTH_CLIENT_ID` and `DATAGOUV_OAUTH_CLIENT_SECRET` of the site. */
export const SANDBOX_OAUTH_CLIENT = { id: "5f1e0a0b0c0d0e0f10111213", secret: "sandbox-oauth-demo-secret" };

/** The environment of a sandbox whose demo client sends users back to the site at `siteUrl`. */
export function sandboxOAuthEnv(siteUrl) {
  return { SANDBOX_OAUTH_REDIRECT_URI: `${siteUrl}/api/auth/callback/datagouv` };
}

/** The environment of a site that signs in with the sandbox's demo client (unless told another). */
export function siteOAuthEnv(env) {
  return {
    DATAGOUV_OAUTH_CLIENT_ID: env.DATAGOUV_OAUTH_CLIENT_ID ?? SANDBOX_OAUTH_CLIENT.id,
    DATAGOUV_OAUTH_CLIENT_SECRET: env.DATAGOUV_OAUTH_CLIENT_SECRET ?? SANDBOX_OAUTH_CLIENT.secret,
  };
}

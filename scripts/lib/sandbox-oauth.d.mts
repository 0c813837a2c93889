export declare const SANDBOX_OAUTH_CLIENT: { id: string; secret: string };
export declare function sandboxOAuthEnv(siteUrl: string): { SANDBOX_OAUTH_REDIRECT_URI: string };
export declare function siteOAuthEnv(env: Record<string, string | undefined>): {
  DATAGOUV_OAUTH_CLIENT_ID: string;
  DATAGOUV_OAUTH_CLIENT_SECRET: string;
};

import { udataTimestamp } from "../dates";
import { type State } from "../model";

/**
 * The OAuth2 client registered in every sandbox, for `npm run demo` and the e2e (documented in
 * sandbox/README.md): the site signs people in with it.
 */
export const DEMO_OAUTH_CLIENT = {
  id: "5f1e0a0b0c0d0e0f10111213",
  secret: "sandbox-oauth-demo-secret",
  name: "Portail des réutilisations (démo)",
} as const;

/** Where the demo client sends people back, unless `SANDBOX_OAUTH_REDIRECT_URI` says otherwise. */
export const DEFAULT_OAUTH_REDIRECT_URI = "http://localhost:3000/api/auth/callback/datagouv";

/**
 * Registers the demo client in `state`, or points it at `redirectUri` (a snapshot may come from another
 * configuration). Whether the state changed, so that the caller writes it.
 */
export function ensureDemoClient(state: State, redirectUri: string): boolean {
  const existing = state.oauthClients.find((client) => client.id === DEMO_OAUTH_CLIENT.id);
  if (existing) {
    if (existing.redirect_uris.length === 1 && existing.redirect_uris[0] === redirectUri) return false;
    existing.redirect_uris = [redirectUri];
    return true;
  }
  state.oauthClients.push({
    id: DEMO_OAUTH_CLIENT.id,
    secret: DEMO_OAUTH_CLIENT.secret,
    name: DEMO_OAUTH_CLIENT.name,
    redirect_uris: [redirectUri],
    scope: "default",
    owner: null,
    created_at: udataTimestamp(),
  });
  return true;
}

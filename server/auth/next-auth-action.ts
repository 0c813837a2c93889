/**
 * What next-auth 4 makes of a request to /api/auth/[...nextauth] (next-auth/next/index.js, core/index.js): the
 * action is the first segment and the provider id the second, as Next.js decoded them (`%63allback` is
 * `callback`); further segments are ignored; both are compared as they are (`CALLBACK` is no action). Decisions
 * about a request (is it a sign-in attempt?) must be made on this, never on the raw path, which has many spellings.
 */
export function nextAuthAction(segments: readonly string[] | undefined): string | undefined {
  return segments?.[0];
}

/**
 * POST actions that never sign anyone in: a session update (components/auth/refresh-session.ts), sign-out, and
 * `signin`, which only sends the visitor to data.gouv.fr (OAuth2): its return, a GET of the `datagouv` callback,
 * is what signs in, and route.ts counts that one. Every other POST counts as a sign-in attempt: `callback` signs
 * in (Credentials provider), and an action next-auth refuses costs nothing more to count, so the limit holds
 * whatever next-auth comes to accept.
 */
const NEVER_SIGNS_IN = new Set(["session", "signout", "signin"]);

/** Whether a POST with this action counts towards the sign-in rate limit (GETs: see route.ts). */
export function isSignInAttempt(action: string | undefined): boolean {
  return action === undefined || !NEVER_SIGNS_IN.has(action);
}

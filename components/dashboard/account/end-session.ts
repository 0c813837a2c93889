import { codeOf, reasonOf } from "~/components/ui/failure";

/**
 * Leaving the producer area once its session has ended. A full page load, not a client-side navigation: nothing
 * of the ended session (a new key shown once, forms, caches) stays in memory.
 */
function leaveFor(path: string): void {
  window.location.assign(path);
}

/** The session ended elsewhere (signed out, key no longer valid): /sign-in says so. */
export function leaveSessionExpired(): void {
  leaveFor("/sign-in?error=SessionExpired");
}

/**
 * A call refused because the session ended (signed out elsewhere, key no longer valid, data.gouv.fr connection
 * expired or revoked): go and say so.
 */
export function leaveIfSignedOut(error: unknown): boolean {
  if (codeOf(error) !== "UNAUTHORIZED") return false;
  if (reasonOf(error) === "oauthSignedOut") leaveFor("/sign-in?error=OAuthSessionExpired");
  else leaveSessionExpired();
  return true;
}

/**
 * After a session ended on the server (account deleted, key cleared: the vault entry is gone), signs the browser
 * out too (next-auth clears its cookie, so the header stops showing the account), then shows why, on /sign-in.
 */
export async function signOutTo(path: string): Promise<void> {
  try {
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken?: string };
    await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: csrfToken ?? "", callbackUrl: "/", json: "true" }),
    });
  } finally {
    // Even when the sign-out request fails, the cookie left behind opens nothing: its vault entry is deleted.
    leaveFor(path);
  }
}

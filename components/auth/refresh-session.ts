/**
 * Asks next-auth to rewrite the session cookie with the producer's current name, avatar and organizations
 * (read again on the server from data.gouv.fr: the browser sends nothing but the CSRF token), as next-auth's
 * own `update()` does.
 */
export async function refreshSession(): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken?: string };
  await fetch("/api/auth/session", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ csrfToken, data: {} }),
  });
}

// Signing in, for e2e tests: through next-auth's API as a script would (GET /api/auth/csrf, then POST
// /api/auth/callback/api-key), in the browser context, so that the page has the session cookie.
import type { APIResponse, BrowserContext, Page } from "@playwright/test";

let nextAddress = 0;

/**
 * A client address of its own for a test: sign-in is limited to 5 attempts a minute per address, and every
 * test reaches the app from the loopback. The app runs with TRUST_PROXY (playwright.config.ts), so the front
 * server takes the X-Forwarded-For of a connection from the loopback as the client's address.
 */
export function uniqueClientAddress(workerIndex: number): string {
  nextAddress += 1;
  return `198.18.${workerIndex % 256}.${nextAddress % 256}`;
}

/** Signs the page's browser context in with `apiKey`; returns next-auth's answer (JSON `{url}`). */
export async function signInThroughApi(page: Page, apiKey: string): Promise<APIResponse> {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return page.request.post("/api/auth/callback/api-key", {
    form: { csrfToken, apiKey, callbackUrl: "/dashboard", json: "true" },
  });
}

/** The session cookie of the context, if any. */
export async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
}

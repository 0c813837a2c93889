// Signing in, for e2e tests: through next-auth's API as a script would (GET /api/auth/csrf, then POST
// /api/auth/callback/api-key), in the browser context, so that the page has the session cookie.
import type { APIRequestContext, APIResponse, BrowserContext, Page } from "@playwright/test";

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

/** The sign-in form's target. */
export const SIGN_IN_CALLBACK = "/api/auth/callback/api-key";

/** A CSRF token of `request`'s context (next-auth sets its cookie there). */
export async function csrfTokenOf(request: APIRequestContext): Promise<string> {
  return ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

/**
 * Signs `request`'s context in with `apiKey`, posting to `path` (the sign-in callback, maybe spelled otherwise);
 * returns next-auth's answer (JSON `{url}`), or the site's refusal.
 */
export async function postSignIn(request: APIRequestContext, apiKey: string, path = SIGN_IN_CALLBACK) {
  const csrfToken = await csrfTokenOf(request);
  return request.post(path, { form: { csrfToken, apiKey, callbackUrl: "/dashboard", json: "true" } });
}

/** Signs the page's browser context in with `apiKey`; returns next-auth's answer (JSON `{url}`). */
export async function signInThroughApi(page: Page, apiKey: string): Promise<APIResponse> {
  return postSignIn(page.request, apiKey);
}

/** The session cookie of the context, if any. */
export async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
}

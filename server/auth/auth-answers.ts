import "server-only";

import type { SignInError } from "~/lib/auth/sign-in-errors";
import type { Locale } from "~/lib/i18n/locales";
import { localizedPath } from "~/lib/i18n/paths";
import { translatorFor } from "~/lib/i18n/translator";
import { reasonText } from "~/server/api/lib/reason-error";

// The site's own answers on /api/auth, where next-auth's would be a 500, an unreadable body, or none.

/**
 * A sign-in attempt over the limit (HTML for the form without JavaScript; the script reads the status), in the
 * language of the sign-in page the visitor came from.
 */
export function tooManyAttempts(retryAfterSeconds: number, locale: Locale): Response {
  return refusal(429, "TooManyAttempts", retryAfterSeconds, locale);
}

/**
 * A sign-in attempt the store could not count (full or read-only disk, Redis down): refused, never let through
 * without its limit, and no session is made that the vault could not keep.
 */
export function storeUnavailable(locale: Locale): Response {
  return refusal(503, "StoreUnavailable", STORE_RETRY_AFTER_S, locale);
}

const STORE_RETRY_AFTER_S = 30;

/** A page saying why the attempt was refused, with a link back to the form. The catalog's words have no markup. */
function refusal(status: number, reason: SignInError, retryAfterSeconds: number, locale: Locale): Response {
  const said = translatorFor("signIn", locale)(reason);
  const signIn = translatorFor("signInPage", locale)("title");
  return new Response(
    `<!doctype html><html lang="${locale}"><title>${said}</title><p>${said}</p>` +
      `<p><a href="${localizedPath(locale, "/sign-in")}">${signIn}</a></p></html>`,
    { status, headers: { "content-type": "text/html; charset=utf-8", "retry-after": String(retryAfterSeconds) } },
  );
}

/**
 * To the sign-in form (next-auth answers a GET of its sign-in callback with a 500), saying why when there is a
 * reason (`/sign-in?error=…`, lib/auth/sign-in-errors.ts).
 */
export function toSignInPage(locale: Locale, reason?: SignInError): Response {
  const location = localizedPath(locale, reason ? `/sign-in?error=${reason}` : "/sign-in");
  return new Response(null, { status: 303, headers: { location } });
}

/**
 * next-auth's answer, its redirects to the sign-in page (`pages.signIn`, `pages.error`: a refused key without
 * JavaScript, a failed OAuth2 return) sent to the one in the visitor's language instead.
 */
export function inSignInLanguage(answer: Response, locale: Locale, siteUrl: string): Response {
  const location = answer.headers.get("location");
  if (!location) return answer;
  const url = new URL(location, siteUrl);
  if (url.origin !== new URL(siteUrl).origin || url.pathname !== "/sign-in") return answer;
  const headers = new Headers(answer.headers);
  headers.set("location", localizedPath(locale, `${url.pathname}${url.search}`));
  return new Response(answer.body, { status: answer.status, headers });
}

/** An action the site does not use, such as `_log` (next-auth's client logger, which writes to the server's log). */
export function unknownAction(): Response {
  return Response.json({ message: reasonText("noSuchAction") }, { status: 404 });
}

/**
 * A session update without a valid CSRF token: next-auth refuses it with a 400 whose body reads "[object Object]".
 * Its headers (the CSRF cookie it may set) are kept.
 */
export function csrfRefused(refusal: Response): Response {
  const headers = new Headers(refusal.headers);
  headers.set("content-type", "application/json");
  const message = reasonText("csrfRefused");
  return new Response(JSON.stringify({ message }), { status: 403, headers });
}

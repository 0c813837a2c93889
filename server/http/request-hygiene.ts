import type { IncomingMessage } from "node:http";

/**
 * Requests that Next.js or next-auth would answer with a 500, made harmless before they reach them.
 */

/** A control character (NUL, line breaks…): no path of the site has one. */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/**
 * Whether the path of `url` can name a page here: valid percent-encoded UTF-8 (Next.js answers 500 to a path
 * segment that is not, `/reuses/%ZZ`, a lone `%E9`: vercel/next.js#92527) without a control character (next-intl's
 * routing drops a `%00`, which would make `/reuses/%00` the listing).
 */
export function isReadablePath(url = "/"): boolean {
  try {
    return !CONTROL_CHARACTER.test(decodeURIComponent(url.split("?", 1)[0] ?? ""));
  } catch {
    return false;
  }
}

/** next-auth's cookie remembering where to go after sign-in (`__Secure-` prefixed over HTTPS). */
const CALLBACK_COOKIE = /^(?:__Secure-)?next-auth\.callback-url$/;

/** What next-auth accepts as a callback URL: an http(s) URL, maybe relative to the site. */
function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(decodeURIComponent(value), "http://localhost").protocol);
  } catch {
    return false;
  }
}

/**
 * Drops a callback-url cookie that is not an http(s) URL: next-auth answers every request that carries one with a
 * 500 ("server configuration"), and a visitor could never sign in again until the cookie expired. Without it,
 * next-auth goes to its default.
 */
export function dropUnreadableCallbackCookie(req: IncomingMessage): void {
  const header = req.headers.cookie;
  if (!header?.includes("callback-url")) return;
  const kept = header.split(/;\s*/).filter((pair) => {
    const at = pair.indexOf("=");
    return at === -1 || !CALLBACK_COOKIE.test(pair.slice(0, at)) || isHttpUrl(pair.slice(at + 1));
  });
  req.headers.cookie = kept.join("; ");
}

import { env } from "~/server/env";

const SITE_ORIGIN = new URL(env.NEXTAUTH_URL).origin;

/**
 * Whether a request comes from the site's own pages: browsers send `Origin` with every POST, and
 * `Sec-Fetch-Site` with every request; a request with neither is no browser's, and is refused too.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin !== null) return origin === SITE_ORIGIN;
  return headers.get("sec-fetch-site") === "same-origin";
}

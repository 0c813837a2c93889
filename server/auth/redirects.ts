/** Where to go after sign-in when nothing (or nothing safe) was asked for. */
export const DEFAULT_CALLBACK_PATH = "/dashboard";

/**
 * The path part of a callback URL when it stays on this site, else the dashboard: `callbackUrl` comes from the
 * query string, so honouring any URL would make the sign-in page an open redirect.
 */
export function safeCallbackPath(candidate: string | null | undefined, baseUrl: string): string {
  if (!candidate) return DEFAULT_CALLBACK_PATH;
  const base = new URL(baseUrl);
  let url: URL;
  try {
    url = new URL(candidate, base);
  } catch {
    return DEFAULT_CALLBACK_PATH;
  }
  // `//evil.example`, `/\evil.example` and absolute URLs resolve to another origin.
  if (url.origin !== base.origin || !candidate.match(/^(\/(?![/\\])|https?:\/\/)/)) return DEFAULT_CALLBACK_PATH;
  if (url.pathname.startsWith("/api/") || url.pathname === "/sign-in") return DEFAULT_CALLBACK_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}

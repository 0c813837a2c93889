/**
 * The one kind of page other sites may frame: a reuse's embed card (app/[locale]/embeds/reuses/[slug]/route.ts), in
 * French or English (`/en/embeds/…`). Decided on the request's path exactly as it came, neither decoded nor
 * normalized: another spelling of it (a trailing slash, a percent-encoded letter, a dot segment) may still reach a
 * page of the site once Next.js has decoded or normalized it, and that page must not become framable. Such a
 * spelling keeps `frame-ancestors 'none'`.
 */
const EMBED_PATH = /^(?:\/en)?\/embeds\/reuses\/[A-Za-z0-9][A-Za-z0-9-]*$/;

/** Whether the page at `url` (a request's raw URL: path and query) may be framed by any site. */
export function isFramablePath(url = "/"): boolean {
  return EMBED_PATH.test(url.split("?", 1)[0] ?? "");
}

import type { IncomingMessage } from "node:http";

/** Public pages: the same HTML for every visitor, whoever they are (the user menu fills itself in the browser). */
const PUBLIC_PAGE =
  /^\/(?:|reuses(?:\/[^/]+(?:\/abonnes)?)?|reuses\/feed\.xml|sitemap[\w-]*\.xml|sitemaps\/[\w-]+\.xml|robots\.txt)$/;

/** Requests of the client router (RSC payloads, prefetches, actions) are not documents. */
const CLIENT_ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action"];

/**
 * The cache key of a request for a public page, or undefined when the answer must be rendered for this request
 * alone: not a GET, a client-router request, or a signed-in visitor (their answers may carry cookies).
 * Query parameters are sorted, so that the same state in another order is the same page.
 */
export function publicDocumentKey(req: IncomingMessage): string | undefined {
  if (req.method !== "GET" || !req.url) return undefined;
  if (CLIENT_ROUTER_HEADERS.some((name) => name in req.headers)) return undefined;
  if (req.headers.cookie?.includes("session-token")) return undefined;
  const url = new URL(req.url, "http://localhost");
  if (!PUBLIC_PAGE.test(url.pathname) || url.searchParams.has("_rsc")) return undefined;
  url.searchParams.sort();
  return `${url.pathname}${url.search}`;
}

import type { IncomingMessage } from "node:http";

/** Public pages: the same HTML for every visitor, whoever they are (the user menu fills itself in the browser). */
const PUBLIC_PAGE =
  /^\/(?:|reuses(?:\/[^/]+(?:\/abonnes)?)?|reuses\/feed\.xml|sitemap[\w-]*\.xml|sitemaps\/[\w-]+\.xml|robots\.txt)$/;

/** Requests of the client router (RSC payloads, prefetches, actions) are not documents. */
const CLIENT_ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action"];

/** A browser loading a page (not the client router, not a form post) with no session: nobody is signed in. */
function isAnonymousDocument(req: IncomingMessage): boolean {
  if (req.method !== "GET" || !req.url) return false;
  if (CLIENT_ROUTER_HEADERS.some((name) => name in req.headers)) return false;
  return !req.headers.cookie?.includes("session-token");
}

/**
 * The cache key of a request for a public page, or undefined when the answer must be rendered for this request
 * alone: not an anonymous document request (a signed-in visitor's answers may carry cookies), or not a public
 * page. Query parameters are sorted, so that the same state in another order is the same page.
 */
export function publicDocumentKey(req: IncomingMessage): string | undefined {
  if (!isAnonymousDocument(req) || !req.url) return undefined;
  const url = new URL(req.url, "http://localhost");
  if (!PUBLIC_PAGE.test(url.pathname) || url.searchParams.has("_rsc")) return undefined;
  url.searchParams.sort();
  return `${url.pathname}${url.search}`;
}

import type { IncomingMessage } from "node:http";
import { LISTING_PARAMS } from "~/lib/reuses/listing-params";

/**
 * Public pages (the same HTML for every visitor, whoever they are: the user menu fills itself in the browser),
 * each with the query parameters it reads (its `searchParams` in app/): any other parameter changes nothing
 * on it.
 */
const PUBLIC_PAGES: readonly (readonly [RegExp, readonly string[]])[] = [
  // The documents of one language (app/robots.ts, app/sitemap.xml, app/sitemaps): never under a language prefix.
  [/^\/(?:sitemap[\w-]*\.xml|sitemaps\/[\w-]+\.xml|robots\.txt)$/, []],
  // The pages and feed of a language: French at the root, English under `/en` (`/en`, `/en/reuses`…).
  [/^(?:\/|\/en|(?:\/en)?\/reuses\/feed\.xml)$/, []],
  [/^(?:\/en)?\/reuses$/, LISTING_PARAMS],
  [/^(?:\/en)?\/reuses\/[^/]+$/, []],
  // app/[locale]/reuses/[slug]/abonnes/page.tsx: the page of followers.
  [/^(?:\/en)?\/reuses\/[^/]+\/abonnes$/, ["page"]],
  // app/[locale]/embeds/reuses/[slug]/route.ts: a reuse's card that other sites frame.
  [/^(?:\/en)?\/embeds\/reuses\/[^/]+$/, []],
  // app/[locale]/reuses/[slug]/discussions/page.tsx: its page, the confirmation of a post, a failed post's draft
  // (by its id).
  [/^(?:\/en)?\/reuses\/[^/]+\/discussions$/, ["page", "statut", "brouillon"]],
];

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
 * page. The key is the page's path and the parameters it reads, sorted (the same state in another order is the
 * same page); others (`?x=1`, `utm_source`…) are left out, or anyone could have a page rendered again at every
 * request by adding one. A page's language is in its path (`/en/reuses`): each language has its own key.
 * Values stay as they are: the listing sends a URL with empty, repeated or unusable values to its clean one (a redirect, never kept), which must not be answered with the clean page instead.
 * The front server hands Next.js this key as the request's URL: Next.js writes the URL it rendered into the
 * page (its router's initial state), so the page kept under a key is the same whichever URL asked for it first.
 */
export function publicDocumentKey(req: IncomingMessage): string | undefined {
  if (!isAnonymousDocument(req) || !req.url?.startsWith("/")) return undefined;
  // Not `new URL(req.url, base)`: `//host/path` would be read as another host's `/path`.
  const url = new URL(`http://localhost${req.url}`);
  const read = PUBLIC_PAGES.find(([pattern]) => pattern.test(url.pathname))?.[1];
  if (!read || url.searchParams.has("_rsc")) return undefined;
  const kept = new URLSearchParams([...url.searchParams].filter(([name]) => read.includes(name)));
  kept.sort();
  const query = kept.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

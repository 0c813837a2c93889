import type { IncomingMessage, ServerResponse } from "node:http";

import compression from "compression";

import { translatorFor } from "~/lib/i18n/translator";
import { decodeInvalidations, INVALIDATION_HEADER, pageTags } from "../cache/tags";
import type { TagClock } from "../cache/tag-clock";
import { guardBody } from "./body-guard";
import { bodyLimitOf } from "./body-limit";
import { captureHtml, type CapturedPage } from "./capture";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "./client-address";
import { contentSecurityPolicy, type CspOptions } from "./csp";
import { deferHydration } from "./deferred-hydration";
import { isFramablePath } from "./embed-frame";
import { type CachedPage, type PageCache, toCachedPage } from "./page-cache";
import { publicDocumentKey } from "./public-document";
import { dropUnreadableCallbackCookie, isReadablePath } from "./request-hygiene";
import { statusOf } from "./status-mark";

const errorText = translatorFor("errors");

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Public pages may be kept by shared caches (a CDN) as they are here: briefly, and stale while revalidated. */
const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=86400";

/** What a public URL may answer and the page cache keeps: pages, the sitemap, robots.txt, the feed. */
const PUBLIC_DOCUMENT = /^(text\/html|text\/plain|application\/xml|text\/xml|application\/atom\+xml)\b/;

// compression is typed for Express; it only uses what Node's own request and response have.
const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * The Next.js bundles answer a write with the tags it invalidated (INVALIDATION_HEADER): this process's page
 * cache drops those pages before the producer gets the answer, and the header goes no further. Other instances'
 * writes come through the store (TagClock.watch). A header rather than a shared object: the bundles and this
 * server are two module worlds, and the answer already goes from one to the other.
 */
function hearInvalidations(res: ServerResponse, clock: Pick<TagClock, "record">) {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const header = res.getHeader(INVALIDATION_HEADER);
    if (header !== undefined) {
      res.removeHeader(INVALIDATION_HEADER);
      const value = Array.isArray(header) ? header.join(",") : String(header);
      for (const { at, tags } of decodeInvalidations(value)) clock.record(tags, at);
    }
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
}

const isHtml = (res: ServerResponse) => String(res.getHeader("content-type") ?? "").startsWith("text/html");

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));

/**
 * The Vary of a public page: the request headers Next.js renders it by (its router's: `rsc`, …) and
 * Accept-Encoding (the page is sent compressed or not), the same whether it is rendered or comes from the cache.
 */
function varyOfPage(vary: unknown): string {
  const names = String(vary ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  return names.some((name) => name.toLowerCase() === "accept-encoding")
    ? names.join(", ")
    : [...names, "Accept-Encoding"].join(", ");
}

function sendCached(req: IncomingMessage, res: ServerResponse, page: CachedPage) {
  const gzip = acceptsGzip(req);
  res.writeHead(page.status, {
    ...page.headers,
    "x-page-cache": "hit",
    ...(gzip ? { "content-encoding": "gzip" } : {}),
    "content-length": String(gzip ? page.gzip.length : page.body.length),
  });
  res.end(gzip ? page.gzip : page.body);
}

function headersOf(res: ServerResponse): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  return headers;
}

interface DocumentContext {
  /** The page-cache key of a public page, undefined for any other answer. */
  key: string | undefined;
  cache: PageCache;
  csp: CspOptions;
  dataAsOf: number;
  /** A reuse's embed card, asked for by its one spelling (see isFramablePath): any site may frame it. */
  framable: boolean;
}

/** Sets the status a page asks for and its CSP; keeps a public page in the cache; gives the bytes to send. */
function finishDocument(
  req: IncomingMessage,
  res: ServerResponse,
  captured: CapturedPage,
  { key, cache, csp, dataAsOf, framable }: DocumentContext,
): { body: Buffer; page?: CachedPage } {
  const source = captured.body.toString("utf8");
  // A public page, the same for every visitor, hydrates only once it is used (see deferHydration).
  const html = key !== undefined && isHtml(res) ? deferHydration(source) : source;
  res.statusCode = statusOf(html, captured.status);
  res.setHeader("content-security-policy", contentSecurityPolicy(html, csp, framable ? "anyone" : "none"));
  // next.config.mjs sends X-Frame-Options: DENY with every answer; browsers that read it would refuse the frame.
  if (framable) res.removeHeader("x-frame-options");
  const body = html === source ? captured.body : Buffer.from(html, "utf8");
  if (key === undefined) return { body };

  res.setHeader("cache-control", PUBLIC_CACHE_CONTROL);
  res.setHeader("x-page-cache", "miss");
  res.setHeader("vary", varyOfPage(res.getHeader("vary")));
  const tags = pageTags(key, body.toString("utf8"));
  const page = toCachedPage(res.statusCode, headersOf(res), body, { now: Date.now(), dataAsOf, tags });
  if (!page) return { body };
  cache.store(key, page);
  if (!acceptsGzip(req)) return { body: page.body, page };
  // Already compressed: the compression middleware leaves an answer that has a Content-Encoding alone.
  res.setHeader("content-encoding", "gzip");
  return { body: page.gzip, page };
}

export interface FrontOptions {
  csp: CspOptions;
  /** The page cache's tag clock: told here of this process's writes. */
  clock: Pick<TagClock, "record">;
  /** TRUST_PROXY: a reverse proxy on this machine says who the client is (see clientAddress). */
  trustProxy: boolean;
}

/**
 * The front of the site, before Next.js: every HTML page gets its status and its hash-based CSP; public pages
 * are rendered once per `freshMs` and served from memory to every visitor in between, and concurrent visitors
 * of a page being rendered wait for that one rendering.
 */
export function createFrontHandler(next: Handler, cache: PageCache, { csp, clock, trustProxy }: FrontOptions): Handler {
  return async function front(req, res) {
    // Set here, from the connection, whatever the client sent: the sign-in rate limit counts per address.
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req, trustProxy);
    // Before anything reads the body: Next.js, next-auth and tRPC read it whole, in memory.
    if (!guardBody(req, res, bodyLimitOf(req.url))) return;
    if (!isReadablePath(req.url)) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
      res.end(`${errorText("noSuchPage")}\n`);
      return;
    }
    dropUnreadableCallbackCookie(req);
    hearInvalidations(res, clock);
    // Read before req.url becomes the page-cache key: the path as the client spelled it.
    const framable = isFramablePath(req.url);
    const key = publicDocumentKey(req);
    // What Next.js renders is what is kept under the key: the page and the parameters it reads (see there).
    if (key !== undefined) req.url = key;
    const cached = key === undefined ? undefined : (cache.fresh(key) ?? (await cache.pending(key)));
    if (cached) return sendCached(req, res, cached);

    // Other instances' invalidations count from a little later than they were made (see main.ts).
    const dataAsOf = Date.now();
    let settle: (page: CachedPage | undefined) => void = () => {};
    if (key !== undefined) cache.track(key, new Promise((resolve) => (settle = resolve)));
    res.once("close", () => settle(undefined));

    await new Promise<void>((resolve) => compress(req, res, resolve));
    const holds = key === undefined ? undefined : (type: string) => PUBLIC_DOCUMENT.test(type);
    captureHtml(
      res,
      (captured) => {
        const { body, page } = finishDocument(req, res, captured, { key, cache, csp, dataAsOf, framable });
        settle(page);
        return body;
      },
      holds,
    );
    try {
      await next(req, res);
    } finally {
      // Next.js ends no document for a client that left while this request waited on another's rendering (its
      // "close" came before the listener above): nobody waits on this rendering forever.
      settle(undefined);
    }
  };
}

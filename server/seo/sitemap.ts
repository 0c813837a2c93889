import { escapeXml, textElement, XML_DECLARATION } from "./xml";

/** Reuses per upstream page of the search. */
export const UPSTREAM_PAGE_SIZE = 100;
/** Reuses per child sitemap (the protocol allows 50,000): 10 upstream pages, fetched in parallel. */
export const URLS_PER_SITEMAP = 1_000;
const PAGES_PER_SITEMAP = URLS_PER_SITEMAP / UPSTREAM_PAGE_SIZE;
/** udata's search stops at its 10,000th result: ten child sitemaps (data.gouv.fr has fewer visible reuses). */
export const MAX_REUSE_SITEMAPS = 10;

const NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  /** W3C Datetime. */
  lastmod?: string;
}

/** A child sitemap named by the index: the site's own pages, or the n-th thousand of reuses (from 1). */
export type SitemapFile = { kind: "pages" } | { kind: "reuses"; number: number };

/** How many reuse sitemaps `total` reuses need (at least one, so that the index is never empty of reuses). */
export function reuseSitemapCount(total: number): number {
  return Math.min(MAX_REUSE_SITEMAPS, Math.max(1, Math.ceil(total / URLS_PER_SITEMAP)));
}

/** The upstream pages (from 1) that reuse sitemap `number` is made of, when there are `total` reuses. */
export function upstreamPagesOf(number: number, total: number): number[] {
  const lastPage = Math.ceil(total / UPSTREAM_PAGE_SIZE);
  const first = (number - 1) * PAGES_PER_SITEMAP + 1;
  const last = Math.min(lastPage, first + PAGES_PER_SITEMAP - 1);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);
}

/** The file name of reuse sitemap `number`, under /sitemaps/ (the other child is `pages.xml`). */
export function reuseSitemapFileName(number: number): string {
  return `reuses-${number}.xml`;
}

/** The child sitemap a file name names, or undefined (`reuses-01.xml` is not `reuses-1.xml`). */
export function parseSitemapFileName(name: string): SitemapFile | undefined {
  if (name === "pages.xml") return { kind: "pages" };
  const match = /^reuses-([1-9]\d{0,3})\.xml$/.exec(name);
  const number = Number(match?.[1]);
  return number >= 1 && number <= MAX_REUSE_SITEMAPS ? { kind: "reuses", number } : undefined;
}

function entries(element: "url" | "sitemap", items: readonly SitemapUrl[]): string {
  return items
    .map(({ loc, lastmod }) => `<${element}>${textElement("loc", loc)}${textElement("lastmod", lastmod)}</${element}>`)
    .join("\n");
}

/** `<urlset>`: the pages a child sitemap lists. */
export function buildUrlSet(urls: readonly SitemapUrl[]): string {
  return `${XML_DECLARATION}\n<urlset xmlns="${escapeXml(NAMESPACE)}">\n${entries("url", urls)}\n</urlset>\n`;
}

/** `<sitemapindex>`: the child sitemaps, as absolute URLs. */
export function buildSitemapIndex(sitemaps: readonly SitemapUrl[]): string {
  return `${XML_DECLARATION}\n<sitemapindex xmlns="${escapeXml(NAMESPACE)}">\n${entries("sitemap", sitemaps)}\n</sitemapindex>\n`;
}

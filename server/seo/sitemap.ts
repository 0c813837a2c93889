import { escapeXml, textElement, XML_DECLARATION } from "./xml";
import { DEFAULT_LOCALE, type Locale } from "~/lib/i18n/locales";
import { isLocale } from "~/lib/i18n/paths";

/** Reuses per upstream page of the search. */
export const UPSTREAM_PAGE_SIZE = 100;
/**
 * `<url>` entries per child sitemap (the protocol allows 50,000): 10 upstream pages, fetched in parallel. Each
 * language has its own reuse sitemaps (`reuses-N.xml` in French, `reuses-en-N.xml` in English), made of the same
 * upstream pages: a reuse is one `<url>` per file, so the count, the upstream requests of a file (the cache
 * serves the second language's) and a file's content as the catalogue grows stay what they were with one
 * language; the French files keep their names.
 */
export const URLS_PER_SITEMAP = 1_000;
const PAGES_PER_SITEMAP = URLS_PER_SITEMAP / UPSTREAM_PAGE_SIZE;
/** udata's search stops at its 10,000th result: ten child sitemaps (data.gouv.fr has fewer visible reuses). */
export const MAX_REUSE_SITEMAPS = 10;

const NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
/** Google's way to list a page's languages in a sitemap: `<xhtml:link rel="alternate" hreflang>`. */
const XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

/** A version of a page in one language (`hreflang`: a locale, or `x-default`). */
export interface SitemapAlternate {
  hreflang: string;
  /** Absolute URL. */
  href: string;
}

export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  /** W3C Datetime. */
  lastmod?: string;
  /** Every language version of the page, itself included. */
  alternates?: readonly SitemapAlternate[];
}

/** A child sitemap named by the index: the site's own pages, or the n-th thousand of reuses (from 1) in a language. */
export type SitemapFile = { kind: "pages" } | { kind: "reuses"; locale: Locale; number: number };

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

/**
 * The file name of reuse sitemap `number` in `locale`, under /sitemaps/ (the other child is `pages.xml`):
 * `reuses-N.xml` in French (its name from before English), `reuses-en-N.xml` in English.
 */
export function reuseSitemapFileName(number: number, locale: Locale = DEFAULT_LOCALE): string {
  return locale === DEFAULT_LOCALE ? `reuses-${number}.xml` : `reuses-${locale}-${number}.xml`;
}

/** The child sitemap a file name names, or undefined (`reuses-01.xml` is not `reuses-1.xml`, nor `reuses-fr-1.xml`). */
export function parseSitemapFileName(name: string): SitemapFile | undefined {
  if (name === "pages.xml") return { kind: "pages" };
  const match = /^reuses-(?:([a-z]{2})-)?([1-9]\d{0,3})\.xml$/.exec(name);
  const locale = match?.[1] ?? DEFAULT_LOCALE;
  const number = Number(match?.[2]);
  if (!isLocale(locale) || (match?.[1] !== undefined && locale === DEFAULT_LOCALE)) return undefined;
  return number >= 1 && number <= MAX_REUSE_SITEMAPS ? { kind: "reuses", locale, number } : undefined;
}

function alternateLinks(alternates: readonly SitemapAlternate[] = []): string {
  return alternates
    .map(
      ({ hreflang, href }) =>
        `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`,
    )
    .join("");
}

function entries(element: "url" | "sitemap", items: readonly SitemapUrl[]): string {
  return items
    .map(
      ({ loc, lastmod, alternates }) =>
        `<${element}>${textElement("loc", loc)}${textElement("lastmod", lastmod)}${alternateLinks(alternates)}</${element}>`,
    )
    .join("\n");
}

/** `<urlset>`: the pages a child sitemap lists, each with its language versions. */
export function buildUrlSet(urls: readonly SitemapUrl[]): string {
  const namespaces = `xmlns="${escapeXml(NAMESPACE)}" xmlns:xhtml="${escapeXml(XHTML_NAMESPACE)}"`;
  return `${XML_DECLARATION}\n<urlset ${namespaces}>\n${entries("url", urls)}\n</urlset>\n`;
}

/** `<sitemapindex>`: the child sitemaps, as absolute URLs. */
export function buildSitemapIndex(sitemaps: readonly SitemapUrl[]): string {
  return `${XML_DECLARATION}\n<sitemapindex xmlns="${escapeXml(NAMESPACE)}">\n${entries("sitemap", sitemaps)}\n</sitemapindex>\n`;
}

import { type AtomEntry, buildAtomFeed } from "./atom";
import { EPOCH, w3cDateTime } from "./dates";
import { plainTextExcerpt } from "./plain-text";
import {
  buildSitemapIndex,
  buildUrlSet,
  reuseSitemapFileName,
  type SitemapAlternate,
  type SitemapUrl,
} from "./sitemap";
import { DEFAULT_LOCALE, type Locale, LOCALES } from "~/lib/i18n/locales";
import { localizedPath } from "~/lib/i18n/paths";
import { translatorFor } from "~/lib/i18n/translator";
import { absoluteUrl, childSitemapPath, feedPath, reusePath } from "~/lib/site-urls";
import { personName } from "~/lib/udata/person-name";

/** The site's documents for search engines and feed readers, from what the seo router reads. */

/** Summaries of the feed: a few lines, like a search result's. */
const SUMMARY_LENGTH = 300;

export interface SitemapReuse {
  slug: string;
  last_modified: string;
}

export interface FeedReuse extends SitemapReuse {
  title: string;
  description: string;
  created_at: string;
  organization: { name: string } | null;
  owner: { first_name: string; last_name: string } | null;
}

/** The absolute URL of the page at `path` (in the default language) in `locale`. */
function pageUrl(siteUrl: string, locale: Locale, path: string): string {
  return absoluteUrl(siteUrl, localizedPath(locale, path));
}

/** The page at `path` in every language, and x-default: the default language's (Google's hreflang). */
function alternatesOf(siteUrl: string, path: string): SitemapAlternate[] {
  return [
    ...LOCALES.map((locale) => ({ hreflang: locale, href: pageUrl(siteUrl, locale, path) })),
    { hreflang: "x-default", href: pageUrl(siteUrl, DEFAULT_LOCALE, path) },
  ];
}

/** `/sitemap.xml`: the site's own pages, then the reuses by thousands, in each language. */
export function sitemapIndexXml(siteUrl: string, reuseSitemaps: number): string {
  const numbers = Array.from({ length: reuseSitemaps }, (_, index) => index + 1);
  const reuseFiles = LOCALES.flatMap((locale) => numbers.map((number) => reuseSitemapFileName(number, locale)));
  return buildSitemapIndex(
    ["pages.xml", ...reuseFiles].map((file) => ({ loc: absoluteUrl(siteUrl, childSitemapPath(file)) })),
  );
}

/** `/sitemaps/pages.xml`: the home page and the listing, in each language. */
export function pagesSitemapXml(siteUrl: string): string {
  return buildUrlSet(
    ["/", "/reuses"].flatMap((path) => {
      const alternates = alternatesOf(siteUrl, path);
      return LOCALES.map((locale): SitemapUrl => ({ loc: pageUrl(siteUrl, locale, path), alternates }));
    }),
  );
}

/** `/sitemaps/reuses-N.xml` (or `reuses-en-N.xml`): one URL per reuse in `locale`, with the date it last changed. */
export function reuseSitemapXml(
  siteUrl: string,
  reuses: readonly SitemapReuse[],
  locale: Locale = DEFAULT_LOCALE,
): string {
  return buildUrlSet(
    reuses.map((reuse): SitemapUrl => {
      const path = reusePath(reuse.slug);
      return {
        loc: pageUrl(siteUrl, locale, path),
        lastmod: w3cDateTime(reuse.last_modified),
        alternates: alternatesOf(siteUrl, path),
      };
    }),
  );
}

function producerOf(reuse: FeedReuse): string | undefined {
  if (reuse.organization) return reuse.organization.name;
  const name = reuse.owner ? personName(reuse.owner) : "";
  return name || undefined;
}

function feedEntry(siteUrl: string, locale: Locale, reuse: FeedReuse): AtomEntry {
  const published = w3cDateTime(reuse.created_at) ?? w3cDateTime(reuse.last_modified) ?? EPOCH;
  const updated = w3cDateTime(reuse.last_modified) ?? published;
  return {
    url: pageUrl(siteUrl, locale, reusePath(reuse.slug)),
    title: reuse.title,
    published,
    updated,
    author: producerOf(reuse),
    summary: plainTextExcerpt(reuse.description, SUMMARY_LENGTH),
  };
}

/**
 * `/reuses/feed.xml` (`/en/reuses/feed.xml`): the newest reuses, as Atom, in `locale`. The reuses' own words are
 * not translated: they keep the language they were written in (French).
 */
export function reuseFeedXml(siteUrl: string, reuses: readonly FeedReuse[], locale: Locale = DEFAULT_LOCALE): string {
  const t = translatorFor("seo", locale);
  return buildAtomFeed({
    lang: locale,
    entriesLang: DEFAULT_LOCALE,
    selfUrl: absoluteUrl(siteUrl, feedPath(locale)),
    alternateUrl: pageUrl(siteUrl, locale, "/reuses"),
    title: t("feedTitle"),
    subtitle: t("feedSubtitle"),
    author: "data.gouv.fr",
    entries: reuses.map((reuse) => feedEntry(siteUrl, locale, reuse)),
  });
}

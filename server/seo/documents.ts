import { type AtomEntry, buildAtomFeed } from "./atom";
import { EPOCH, w3cDateTime } from "./dates";
import { plainTextExcerpt } from "./plain-text";
import { buildSitemapIndex, buildUrlSet, reuseSitemapFileName, type SitemapUrl } from "./sitemap";
import { translatorFor } from "~/lib/i18n/translator";
import { absoluteUrl, childSitemapPath, FEED_PATH, reusePath } from "~/lib/site-urls";
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

/** `/sitemap.xml`: the site's own pages, then the reuses by thousands. */
export function sitemapIndexXml(siteUrl: string, reuseSitemaps: number): string {
  const files = ["pages.xml", ...Array.from({ length: reuseSitemaps }, (_, index) => reuseSitemapFileName(index + 1))];
  return buildSitemapIndex(files.map((file) => ({ loc: absoluteUrl(siteUrl, childSitemapPath(file)) })));
}

/** `/sitemaps/pages.xml`: the home page and the listing. */
export function pagesSitemapXml(siteUrl: string): string {
  return buildUrlSet(["/", "/reuses"].map((path) => ({ loc: absoluteUrl(siteUrl, path) })));
}

/** `/sitemaps/reuses-N.xml`: one URL per reuse, with the date it last changed. */
export function reuseSitemapXml(siteUrl: string, reuses: readonly SitemapReuse[]): string {
  return buildUrlSet(
    reuses.map((reuse): SitemapUrl => ({
      loc: absoluteUrl(siteUrl, reusePath(reuse.slug)),
      lastmod: w3cDateTime(reuse.last_modified),
    })),
  );
}

function producerOf(reuse: FeedReuse): string | undefined {
  if (reuse.organization) return reuse.organization.name;
  const name = reuse.owner ? personName(reuse.owner) : "";
  return name || undefined;
}

function feedEntry(siteUrl: string, reuse: FeedReuse): AtomEntry {
  const published = w3cDateTime(reuse.created_at) ?? w3cDateTime(reuse.last_modified) ?? EPOCH;
  const updated = w3cDateTime(reuse.last_modified) ?? published;
  return {
    url: absoluteUrl(siteUrl, reusePath(reuse.slug)),
    title: reuse.title,
    published,
    updated,
    author: producerOf(reuse),
    summary: plainTextExcerpt(reuse.description, SUMMARY_LENGTH),
  };
}

/** `/reuses/feed.xml`: the newest reuses, as Atom. */
export function reuseFeedXml(siteUrl: string, reuses: readonly FeedReuse[]): string {
  const t = translatorFor("seo");
  return buildAtomFeed({
    selfUrl: absoluteUrl(siteUrl, FEED_PATH),
    alternateUrl: absoluteUrl(siteUrl, "/reuses"),
    title: t("feedTitle"),
    subtitle: t("feedSubtitle"),
    author: "data.gouv.fr",
    entries: reuses.map((reuse) => feedEntry(siteUrl, reuse)),
  });
}

import type { Locale } from "~/lib/i18n/locales";
import { localizedPath } from "~/lib/i18n/paths";

/** Absolute URLs of the site's pages, for documents read outside the site (sitemaps, feeds, robots.txt). */

/** `path` (starting with `/`) on the site whose public URL is `siteUrl` (env.NEXTAUTH_URL, no trailing slash). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, "")}${path}`;
}

/** The site's home page in `locale`: `siteUrl` itself in the default language, `{siteUrl}/en` in English. */
export function homeUrl(siteUrl: string, locale: Locale): string {
  return absoluteUrl(siteUrl, localizedPath(locale, "/")).replace(/\/$/, "");
}

/** The page of a reuse. Slugs are validated upstream, but a segment is encoded all the same. */
export function reusePath(slug: string): string {
  return `/reuses/${encodeURIComponent(slug)}`;
}

/** A reuse's card that other sites frame (app/embeds/reuses/[slug]/route.ts). */
export function embedPath(slug: string): string {
  return `/embeds/reuses/${encodeURIComponent(slug)}`;
}

/** The oEmbed endpoint's (app/oembed/route.ts) address for the page at `pageUrl` (absolute). */
export function oembedPath(pageUrl: string): string {
  return `/oembed?${new URLSearchParams({ url: pageUrl, format: "json" })}`;
}

export const SITEMAP_PATH = "/sitemap.xml";

/** The feed of the newest reuses in `locale`: `/reuses/feed.xml`, `/en/reuses/feed.xml`. */
export function feedPath(locale: Locale): string {
  return localizedPath(locale, "/reuses/feed.xml");
}

/**
 * `alternates.types` of a page's metadata: the <link rel="alternate" type="application/atom+xml"> by which feed
 * readers find the feed. A page that sets `alternates` (for its canonical URL) replaces its layout's, so each
 * page lists it next to its canonical: `alternates: { canonical, types: feedAlternateTypes(title) }`,
 * with the title translated by the page (the catalog's `seo.feedLinkTitle`): the feed of the page's language.
 */
export function feedAlternateTypes(title: string, locale: Locale) {
  return { "application/atom+xml": [{ url: feedPath(locale), title }] };
}

/** Where a child sitemap lives. */
export function childSitemapPath(fileName: string): string {
  return `/sitemaps/${encodeURIComponent(fileName)}`;
}

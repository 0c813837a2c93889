import { z } from "zod";

import { EMBED_SIZE, iframeSnippet } from "~/lib/embed/iframe-snippet";
import { DEFAULT_LOCALE, type Locale } from "~/lib/i18n/locales";
import { localizedPath, splitLocale } from "~/lib/i18n/paths";
import { translatorFor } from "~/lib/i18n/translator";
import { allowedUrl } from "~/lib/safe-url";
import { absoluteUrl, embedPath, homeUrl } from "~/lib/site-urls";
import { personName } from "~/lib/udata/person-name";
import { reuseSlugSchema } from "~/lib/udata/vocabulary";
import type { PageFailure } from "~/server/pages/page-data";

/** Query values are short: a page's URL and two sizes. Anything longer is not a question. */
const dimension = z.coerce.number().int().min(1).max(10_000);
const querySchema = z.object({
  url: z.string().min(1).max(2_000),
  format: z.string().max(20).optional(),
  maxwidth: dimension.optional(),
  maxheight: dimension.optional(),
});

/** udata's reuse thumbnail (`image_thumbnail`) is its image bounded to 500 px (IMAGE_SIZES[0]). */
const THUMBNAIL_SIZE = 500;

export interface OembedReuse {
  slug: string;
  title: string;
  image_thumbnail?: string | null;
  organization: { name: string; page: string } | null;
  owner: { first_name: string; last_name: string; page: string } | null;
}

interface OembedContext {
  /** The site's public URL (env.NEXTAUTH_URL). */
  siteUrl: string;
  /** The reuse of a slug, as its page loads it (server/pages/reuse.ts). */
  load: (slug: string) => Promise<{ data: OembedReuse } | { failure: PageFailure }>;
}

export interface OembedAnswer {
  status: number;
  body: Record<string, string | number>;
}

const failure = (status: number, error: string): OembedAnswer => ({ status, body: { error } });

/** The language of a URL's path (`/en/…`: English), whatever the URL is: the answer's words are in it. */
function localeOf(url: string): Locale {
  return URL.canParse(url) ? splitLocale(new URL(url).pathname).locale : DEFAULT_LOCALE;
}

/**
 * The slug of `url` when it is a reuse page of this site in one of its languages (`/reuses/{slug}`,
 * `/en/reuses/{slug}`, any query), else undefined.
 */
function reuseSlugOf(url: string, siteUrl: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const page = new URL(url);
  // `/fr/reuses/…` is no page (a redirect): its path stays `/fr/…`, which is not a reuse page's.
  const { path } = splitLocale(page.pathname);
  const segment = /^\/reuses\/([^/]+)\/?$/.exec(path)?.[1];
  if (page.origin !== new URL(siteUrl).origin || segment === undefined) return undefined;
  try {
    const slug = decodeURIComponent(segment);
    return reuseSlugSchema.safeParse(slug).success ? slug : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The oEmbed answer (oembed.com, 2.2-2.3) for a reuse page of this site: a "rich" type whose html is the
 * embed card's iframe, within `maxwidth` × `maxheight`. JSON only: `format=xml` (or any other) is a 501. A URL
 * that cannot be read is a 400; one that is not a reuse page of this site, or an unknown reuse, a 404. In the
 * language of the page asked about: an English page (`/en/reuses/…`) gets the English card and English words.
 */
export async function oembedAnswer(query: URLSearchParams, { siteUrl, load }: OembedContext): Promise<OembedAnswer> {
  const parsed = querySchema.safeParse(Object.fromEntries(query));
  const locale = parsed.success ? localeOf(parsed.data.url) : DEFAULT_LOCALE;
  const t = translatorFor("embed", locale);
  if (!parsed.success) return failure(400, t("oembedBadRequest"));
  const { url, format, maxwidth, maxheight } = parsed.data;
  if (format !== undefined && format !== "json") return failure(501, t("oembedFormat"));
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) return failure(400, t("oembedBadRequest"));
  const slug = reuseSlugOf(url, siteUrl);
  if (slug === undefined) return failure(404, t("oembedNotFound"));
  const result = await load(slug);
  if ("failure" in result) {
    const { kind } = result.failure;
    if (kind === "not-found") return failure(404, t("oembedNotFound"));
    return kind === "gone" ? failure(410, t("gone")) : failure(result.failure.status, t("unavailable"));
  }
  const reuse = result.data;
  const width = Math.min(EMBED_SIZE.width, maxwidth ?? Infinity);
  const height = Math.min(EMBED_SIZE.height, maxheight ?? Infinity);
  const src = absoluteUrl(siteUrl, localizedPath(locale, embedPath(reuse.slug)));
  const author = reuse.organization ?? reuse.owner;
  const authorUrl = allowedUrl(author?.page);
  const thumbnail = allowedUrl(reuse.image_thumbnail);
  const thumbnailFits = THUMBNAIL_SIZE <= (maxwidth ?? Infinity) && THUMBNAIL_SIZE <= (maxheight ?? Infinity);
  return {
    status: 200,
    body: {
      type: "rich",
      version: "1.0",
      title: reuse.title,
      provider_name: t("providerName"),
      provider_url: homeUrl(siteUrl, locale),
      ...(reuse.organization && { author_name: reuse.organization.name }),
      ...(!reuse.organization && reuse.owner && { author_name: personName(reuse.owner) }),
      ...(authorUrl && { author_url: authorUrl }),
      html: iframeSnippet({ src, title: reuse.title, width, height }),
      width,
      height,
      ...(thumbnail &&
        thumbnailFits && {
          thumbnail_url: thumbnail,
          thumbnail_width: THUMBNAIL_SIZE,
          thumbnail_height: THUMBNAIL_SIZE,
        }),
    },
  };
}

import "server-only";

import { extname } from "node:path";

import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import type { PageFailure } from "~/server/pages/page-data";
import { languageAlternates, openGraphLocales } from "~/lib/i18n/alternates";
import { allowedUrl } from "~/lib/safe-url";
import { feedAlternateTypes, reusePath } from "~/lib/site-urls";

import type { ReuseDetail } from "~/components/reuses/reuse-types";

/** What a search engine shows under the title. */
export const SUMMARY_LENGTH = 160;

/** The image formats social networks draw on a card: not SVG, which none of them accepts. */
const RASTER_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".gif", ".webp"]);

/** The reuse's image as a card's image: an allowed URL to a raster image (told by its extension), or undefined. */
function cardImage(image: string | null): string | undefined {
  const url = allowedUrl(image);
  return url && RASTER_EXTENSIONS.has(extname(new URL(url).pathname).toLowerCase()) ? url : undefined;
}

/**
 * Title, description (the description's first 160 characters as plain text), canonical URL, OpenGraph and
 * Twitter cards. The card's image is the reuse's when it is a raster image; without one (or with an SVG),
 * `opengraph-image.tsx` of the route makes one (Next.js uses it when `openGraph.images` is not set here). An
 * archived reuse is not indexed.
 */
export async function reuseMetadata(
  reuse: Pick<ReuseDetail, "slug" | "title" | "archived" | "image">,
  summary: string,
): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations("reuse");
  const feedTitle = (await getTranslations("seo"))("feedLinkTitle");
  const alternates = languageAlternates(locale, reusePath(reuse.slug));
  const image = cardImage(reuse.image);
  return {
    title: reuse.title,
    description: summary,
    alternates: { ...alternates, types: feedAlternateTypes(feedTitle, locale) },
    robots: reuse.archived ? { index: false, follow: true } : undefined,
    openGraph: {
      type: "article",
      url: alternates.canonical,
      siteName: t("siteName"),
      ...openGraphLocales(locale),
      title: reuse.title,
      description: summary,
      ...(image && { images: [{ url: image, alt: "" }] }),
    },
    twitter: { card: "summary_large_image", title: reuse.title, description: summary },
  };
}

const FAILURE_TITLES = {
  "not-found": "notFoundTitle",
  gone: "goneTitle",
  unavailable: "unavailableTitle",
} as const satisfies Record<PageFailure["kind"], string>;

/** The metadata of a page whose reuse could not be had: never indexed. */
export async function failureMetadata(failure: PageFailure): Promise<Metadata> {
  const t = await getTranslations("reuse");
  return { title: t(FAILURE_TITLES[failure.kind]), robots: { index: false } };
}

import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { languageAlternates, openGraphLocales } from "~/lib/i18n/alternates";
import { localizedPath } from "~/lib/i18n/paths";
import { feedAlternateTypes } from "~/lib/site-urls";

/** The site's default sharing image (app/[locale]/opengraph-image), drawn in each language (`/en/opengraph-image`). */
const OG_IMAGE = "/opengraph-image";
const MAX_DESCRIPTION = 160;

/** `text` cut to `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max = MAX_DESCRIPTION): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

interface PageMetadataInput {
  /** The page's own title; the layout's template adds the site's name, unless `absolute`. */
  title: string;
  absolute?: boolean;
  description: string;
  /** The canonical path, in the default language (the page's language is added: `/en/…`). */
  canonical: string;
  /** The page's own path (default language), which sharing cards link to: its canonical one by default. */
  path?: string;
  /** False: `noindex, follow`. */
  index?: boolean;
}

/**
 * Title, description (160 characters at most), canonical URL and the page in each language, robots rule and
 * sharing cards of a page.
 */
export async function pageMetadata(input: PageMetadataInput): Promise<Metadata> {
  const locale = await getLocale();
  const siteName = (await getTranslations("layout"))("title");
  const feedTitle = (await getTranslations("seo"))("feedLinkTitle");
  const image = localizedPath(locale, OG_IMAGE);
  const { title, absolute, description, canonical, path, index = true } = input;
  const text = clip(description);
  return {
    title: absolute ? { absolute: title } : title,
    description: text,
    alternates: { ...languageAlternates(locale, canonical), types: feedAlternateTypes(feedTitle, locale) },
    robots: index ? undefined : { index: false, follow: true },
    openGraph: {
      type: "website",
      ...openGraphLocales(locale),
      siteName,
      title,
      description: text,
      url: localizedPath(locale, path ?? canonical),
      images: [{ url: image, width: 1200, height: 630, alt: siteName }],
    },
    twitter: { card: "summary_large_image", title, description: text, images: [image] },
  };
}

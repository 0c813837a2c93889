import { LOCALES, DEFAULT_LOCALE, type Locale } from "./locales";
import { isDashboardPath, localizedPath } from "./paths";

/** Open Graph's name of each language (`og:locale`, `og:locale:alternate`). */
const OPEN_GRAPH_LOCALES = { fr: "fr_FR", en: "en_GB" } as const satisfies Record<Locale, string>;

/**
 * `alternates` of a page's metadata: its canonical URL in `locale` and the same page in every language
 * (`<link rel="alternate" hreflang>`), French being the page for any other language (`x-default`). `path` is the
 * page's canonical path in the default language (`/reuses/x`). The producer area has one URL per page for every
 * language and is not indexed: no alternates.
 */
export function languageAlternates(locale: Locale, path: string) {
  if (isDashboardPath(path)) return {};
  const languages: Record<string, string> = {};
  for (const language of LOCALES) languages[language] = localizedPath(language, path);
  languages["x-default"] = localizedPath(DEFAULT_LOCALE, path);
  return { canonical: localizedPath(locale, path), languages };
}

/** `og:locale` and `og:locale:alternate` of a page in `locale`. */
export function openGraphLocales(locale: Locale) {
  return {
    locale: OPEN_GRAPH_LOCALES[locale],
    alternateLocale: LOCALES.filter((other) => other !== locale).map((other) => OPEN_GRAPH_LOCALES[other]),
  };
}

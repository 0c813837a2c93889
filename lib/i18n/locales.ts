// The site's languages, without their catalogs: what client code may import (lib/i18n/catalogs.ts brings every
// catalog's JSON with it).

/** The site's languages, the default first. */
export const LOCALES = ["fr", "en"] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "fr";

/** Each language's name in itself, as a language switch offers it (never translated). */
export const LANGUAGE_NAMES = { fr: "Français", en: "English" } as const satisfies Record<Locale, string>;

/** The language data.gouv.fr's own content (titles, descriptions, discussions) is written in, whatever the page's. */
const CONTENT_LOCALE: Locale = "fr";

/** The `lang` attribute of that content on a page in `locale`: none where it is the page's own language. */
export function contentLang(locale: Locale): Locale | undefined {
  return locale === CONTENT_LOCALE ? undefined : CONTENT_LOCALE;
}

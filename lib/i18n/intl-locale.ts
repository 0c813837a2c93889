import type { Locale } from "./locales";

/**
 * The Intl (BCP 47) tag each site language formats dates and numbers with: British English for English, which
 * writes dates day first ("5 March 2024") as French does ("5 mars 2024").
 */
const INTL_TAGS = { fr: "fr-FR", en: "en-GB" } as const satisfies Record<Locale, string>;

export function intlTag(locale: Locale): string {
  return INTL_TAGS[locale];
}

/** What `make` builds for a language, built once: Intl formatters are costly to make, cheap to reuse. */
export function perLocale<T>(make: (tag: string) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    const known = made.get(locale);
    if (known !== undefined) return known;
    const built = make(INTL_TAGS[locale]);
    made.set(locale, built);
    return built;
  };
}

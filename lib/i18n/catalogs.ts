// The message catalogs: every sentence the site shows, keyed, one catalog per language. French is the default
// and the reference: every other catalog has exactly its keys (a missing one is a type error here, an extra one
// fails lib/i18n/catalogs.test.ts). A language is added by adding its catalog here.
import en from "~/messages/en.json";
import fr from "~/messages/fr.json";

export type Messages = typeof fr;

const CATALOGS = { fr, en } as const satisfies Record<string, Messages>;

export type Locale = keyof typeof CATALOGS;
export const DEFAULT_LOCALE: Locale = "fr";

/** The site's languages, the default first. */
export const LOCALES = ["fr", "en"] as const satisfies readonly Locale[];

export function catalogOf(locale: Locale): Messages {
  return CATALOGS[locale];
}

/** Each language's name in itself, as a language switch offers it (never translated). */
export const LANGUAGE_NAMES = { fr: "Français", en: "English" } as const satisfies Record<Locale, string>;

/** The language data.gouv.fr's own content (titles, descriptions, discussions) is written in, whatever the page's. */
const CONTENT_LOCALE: Locale = "fr";

/** The `lang` attribute of that content on a page in `locale`: none where it is the page's own language. */
export function contentLang(locale: Locale): Locale | undefined {
  return locale === CONTENT_LOCALE ? undefined : CONTENT_LOCALE;
}

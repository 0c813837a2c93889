// The message catalogs: every sentence the site shows, keyed, one catalog per language. French is the default
// and the complete one; a language is added by adding its catalog here.
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

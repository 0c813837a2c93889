// The message catalogs: every sentence the site shows, keyed, one catalog per language (lib/i18n/locales.ts).
// French is the default and the reference: every other catalog has exactly its keys (a missing one is a type
// error here, an extra one fails lib/i18n/catalogs.test.ts). Server code only: this brings every catalog along.
import en from "~/messages/en.json";
import fr from "~/messages/fr.json";
import type { Locale } from "./locales";

export type Messages = typeof fr;

const CATALOGS = { fr, en } as const satisfies Record<Locale, Messages>;

export function catalogOf(locale: Locale): Messages {
  return CATALOGS[locale];
}

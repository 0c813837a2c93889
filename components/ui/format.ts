import type { Locale } from "~/lib/i18n/locales";
import { perLocale } from "~/lib/i18n/intl-locale";

// Dates are read in Paris time, where data.gouv.fr is; months are the metrics service's, in UTC.
const dateFormat = perLocale((tag) => new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "Europe/Paris" }));
const monthFormat = perLocale(
  (tag) => new Intl.DateTimeFormat(tag, { month: "short", year: "numeric", timeZone: "UTC" }),
);
const numberFormat = perLocale((tag) => new Intl.NumberFormat(tag));
const plural = perLocale((tag) => new Intl.PluralRules(tag));

/**
 * "13 août 2023", "13 August 2023"; a date upstream wrote in an unexpected way is shown as it is rather than
 * failing the page.
 */
export function formatDate(value: string, locale: Locale): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat(locale).format(date);
}

/** "janv. 2026", "Jan 2026", from the metrics service's "2026-01". */
export function formatMonth(month: string, locale: Locale): string {
  const [year, number] = month.split("-").map(Number);
  if (!year || !number) return month;
  return monthFormat(locale).format(new Date(Date.UTC(year, number - 1, 1)));
}

/** "12 345", "12,345". */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}

/** The word for this many: French puts 0 and 1 in the singular, English 1 only. */
export function pluralOf(value: number, one: string, other: string, locale: Locale): string {
  return plural(locale).select(value) === "one" ? one : other;
}

/** "1 abonné", "0 abonné", "1 234 abonnés"; "1 follower", "0 followers". */
export function countOf(value: number, one: string, other: string, locale: Locale): string {
  return `${formatNumber(value, locale)} ${pluralOf(value, one, other, locale)}`;
}

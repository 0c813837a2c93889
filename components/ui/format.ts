const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });
const numberFormat = new Intl.NumberFormat("fr-FR");
const plural = new Intl.PluralRules("fr-FR");

/** "13 août 2023"; a date upstream wrote in an unexpected way is shown as it is rather than failing the page. */
export function formatDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

const monthFormat = new Intl.DateTimeFormat("fr-FR", { month: "short", year: "numeric", timeZone: "UTC" });

/** "janv. 2026", from the metrics service's "2026-01". */
export function formatMonth(month: string): string {
  const [year, number] = month.split("-").map(Number);
  if (!year || !number) return month;
  return monthFormat.format(new Date(Date.UTC(year, number - 1, 1)));
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** The word for this many: French puts 0 and 1 in the singular. */
export function pluralOf(value: number, one: string, other: string): string {
  return plural.select(value) === "one" ? one : other;
}

/** "1 abonné", "0 abonné", "1 234 abonnés". */
export function countOf(value: number, one: string, other: string): string {
  return `${formatNumber(value)} ${pluralOf(value, one, other)}`;
}

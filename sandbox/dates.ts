/** Dates as udata writes them: ISO 8601 with microseconds and an explicit UTC offset. */
export function udataTimestamp(date: Date = new Date()): string {
  return date.toISOString().replace("Z", "000+00:00");
}

/** The catalogue's naive UTC dates ("2023-08-13T15:25:54.134000") in udata's form. */
export function fromCatalogue(text: string): string {
  if (!text) return udataTimestamp(new Date(0));
  return /[+-]\d\d:\d\d$|Z$/.test(text) ? text : `${text}+00:00`;
}

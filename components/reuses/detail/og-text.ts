/**
 * Every character outside what next/og's bundled font (Geist Regular) draws: printable ASCII, Latin-1 and
 * most of Latin Extended-A (French, and most European names), common punctuation and €. For any other
 * character next/og would fetch a font (or an emoji image) from the network: such characters are left out.
 */
const OUTSIDE_FONT =
  /[^\u0020-\u007e\u00a0-\u00ac\u00ae-\u0113\u0116-\u012b\u012e-\u0137\u0139-\u013e\u0141-\u0148\u014a-\u014d\u0150-\u017e\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u20ac]/gu;

/** Upstream text for a generated image: drawable characters only, spaces collapsed, at most `max` characters. */
export function ogText(text: string, max: number): string {
  const drawable = text.replace(/\s+/g, " ").replace(OUTSIDE_FONT, "").replace(/ {2,}/g, " ").trim();
  return drawable.length <= max ? drawable : `${drawable.slice(0, max - 1).trimEnd()}…`;
}

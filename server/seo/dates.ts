/** A timezone at the end of an ISO 8601 date-time: `Z` or `+01:00`. */
const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A udata date-time (`2023-08-13T15:25:54.134000+00:00`, sometimes without offset, which udata means as UTC)
 * as RFC 3339 / W3C Datetime in UTC (`2023-08-13T15:25:54.134Z`), what sitemaps and Atom want; undefined when
 * it is not a date.
 */
export function w3cDateTime(udataDate: string | null | undefined): string | undefined {
  if (!udataDate) return undefined;
  const trimmed = udataDate.trim();
  const withOffset = /T/.test(trimmed) && !HAS_OFFSET.test(trimmed) ? `${trimmed}Z` : trimmed;
  const time = Date.parse(withOffset);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** For documents that need a date and have none: fixed, not "now", so that the document does not change. */
export const EPOCH = "1970-01-01T00:00:00.000Z";

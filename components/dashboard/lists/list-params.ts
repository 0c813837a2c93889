type SearchParamValue = string | string[] | undefined;

const MAX_PAGE = 10_000;

function single(value: SearchParamValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * `?q=&page=` of a list page, as the list procedures take them: a page that is not a positive whole number is
 * page 1, a search is at most 200 characters (the procedure trims it).
 */
export function listParams(searchParams: Record<string, SearchParamValue>): { q: string | undefined; page: number } {
  const q = single(searchParams.q)?.slice(0, 200);
  // Digits only: Number() would also read "0x10", "1e1", "+5" or " 4 " as pages.
  const digits = single(searchParams.page) ?? "";
  const page = /^\d+$/.test(digits) ? Number(digits) : 0;
  return {
    q: q?.trim() ? q : undefined,
    page: page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** The URL of a page of a list, keeping its search and the filters in `kept` (URL parameters). */
export function listHref(
  path: string,
  q: string | undefined,
  page = 1,
  kept: Readonly<Record<string, string>> = {},
): string {
  const params = new URLSearchParams(kept);
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

import { z } from "zod";

import { OBJECT_ID_PATTERN, objectIdSchema } from "~/lib/udata/vocabulary";

/** What an admin sees of a reuse's state, in one word; the search filters on it. */
export const REUSE_STATUSES = ["public", "private", "deleted", "archived"] as const;
export type ReuseStatus = (typeof REUSE_STATUSES)[number];

/** Upstream's pages: the search asks this many reuses at once. */
export const ADMIN_SEARCH_PAGE_SIZE = 20;
const MAX_PAGE = 10_000;

/** The admin search's input: the URL's `?q=&owner=&organization=&status=&page=`, as the procedure takes it. */
export const adminSearchInput = z.object({
  q: z.string().trim().max(200).optional(),
  owner: objectIdSchema.optional(),
  organization: objectIdSchema.optional(),
  status: z.enum(REUSE_STATUSES).optional(),
  page: z.number().int().min(1).max(MAX_PAGE).default(1),
});
export type AdminSearch = z.output<typeof adminSearchInput>;

/**
 * A reuse's one status, the most hiding first: deleted (whoever may still read it), then private (a draft), then
 * archived (public, but no longer maintained), else public.
 */
export function reuseStatus(reuse: {
  deleted: string | null;
  private: boolean;
  archived?: string | null;
}): ReuseStatus {
  if (reuse.deleted) return "deleted";
  if (reuse.private) return "private";
  if (reuse.archived) return "archived";
  return "public";
}

/**
 * udata's `private` filter where it narrows the status asked (udata has no filter on deletion or archiving: the
 * rest is filtered on our side, page by page).
 */
export function privateFilterOf(status: ReuseStatus | undefined): boolean | undefined {
  if (status === "private") return true;
  if (status === "public" || status === "archived") return false;
  return undefined;
}

type SearchParamValue = string | string[] | undefined;
const single = (value: SearchParamValue) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** The search in a page's URL; anything invalid is left out (a bad page is page 1), never an error. */
export function adminSearchFromParams(params: Record<string, SearchParamValue>): AdminSearch {
  const digits = single(params.page) ?? "";
  const page = /^\d+$/.test(digits) ? Math.min(Math.max(Number(digits), 1), MAX_PAGE) : 1;
  const valid = <T>(schema: z.ZodType<T>, value: SearchParamValue) => {
    const parsed = schema.safeParse(single(value));
    return parsed.success ? parsed.data : undefined;
  };
  return {
    q: single(params.q)?.slice(0, 200),
    owner: valid(objectIdSchema, params.owner),
    organization: valid(objectIdSchema, params.organization),
    status: valid(z.enum(REUSE_STATUSES), params.status),
    page,
  };
}

/** The URL of a search (a page of it): what the GET form sends, so the address carries the search. */
export function adminSearchHref(path: string, search: Partial<AdminSearch>): string {
  const params = new URLSearchParams();
  for (const name of ["q", "owner", "organization", "status"] as const) {
    const value = search[name];
    if (value) params.set(name, value);
  }
  if (search.page && search.page > 1) params.set("page", String(search.page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * Whether the title field holds a reuse's address (or id) rather than words: a pasted link opens that reuse. A
 * title may hold a "/" ("Vélo/train"): only a full address, a path, or a `…/reuses/…` one counts.
 */
export function looksLikeAddress(text: string): boolean {
  const value = text.trim();
  return (
    /^https?:\/\//i.test(value) || value.startsWith("/") || value.includes("/reuses/") || OBJECT_ID_PATTERN.test(value)
  );
}

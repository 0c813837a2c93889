import "server-only";

import { z } from "zod";

/** Items per page of the producer's lists. */
const LIST_PAGE_SIZE = 10;

/** `?q=&page=` of a producer's list; an empty search is no search. */
export const listInputSchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((value) => value || undefined),
  page: z.number().int().min(1).max(10_000).default(1),
});

export interface ListPage<T> {
  items: T[];
  /** How many items match, over all pages. */
  total: number;
  page: number;
  /** At least 1, so that page 1 of an empty list exists. */
  pageCount: number;
}

/**
 * One page of a list data.gouv.fr answers whole (the `/me/…` lists have no pages). A page past the last one is
 * empty, with the real count, so that the page can offer a way back.
 */
export function paginate<T>(all: readonly T[], page: number, size = LIST_PAGE_SIZE): ListPage<T> {
  const start = (page - 1) * size;
  return {
    items: all.slice(start, start + size),
    total: all.length,
    page,
    pageCount: Math.max(1, Math.ceil(all.length / size)),
  };
}

function normalize(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Whether `text` contains every word of `query`, ignoring case and accents (for lists upstream cannot search). */
export function matchesQuery(text: string, query: string | undefined): boolean {
  if (!query) return true;
  const haystack = normalize(text);
  return normalize(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

import "server-only";

import { getStore } from "../store";

/**
 * A durable map from a reuse's slug to its id, in the store. udata finds discussions by their subject's id
 * (`/discussions/?for=<id>`) while a page's address has the slug: with the id known, a reuse page asks for the
 * reuse and its discussions at once (one round trip deep). It is written from every reuse answer the site reads
 * anonymously (a reuse, a listing or search page, a sitemap page), so that nearly every slug a visitor follows
 * was seen before. Slugs are stable enough: an entry lives a year, and a renamed reuse's new slug is seen too.
 */
const TTL_MS = 365 * 24 * 60 * 60_000;
const keyOf = (slug: string) => `reuse-id:${slug}`;

/** The `{id, slug}` pairs in an upstream answer: a reuse, or a page or list of them. */
function pairsIn(value: unknown): { id: string; slug: string }[] {
  if (typeof value !== "object" || value === null) return [];
  const items: unknown[] = Array.isArray(value)
    ? value
    : "data" in value && Array.isArray(value.data)
      ? value.data
      : [value];
  return items.flatMap((item) => {
    if (typeof item !== "object" || item === null) return [];
    const { id, slug } = item as { id?: unknown; slug?: unknown };
    return typeof id === "string" && typeof slug === "string" ? [{ id, slug }] : [];
  });
}

/** Remembers the ids of the reuses an answer holds; the map is a shortcut, so a failing store is no failure. */
export async function rememberReuseIds(answer: unknown): Promise<void> {
  const store = getStore();
  await Promise.all(pairsIn(answer).map(({ id, slug }) => store.set(keyOf(slug), id, TTL_MS))).catch(() => undefined);
}

/** The id of the reuse at this slug, if the site has seen it. */
export async function reuseIdOf(slug: string): Promise<string | null> {
  return getStore()
    .get(keyOf(slug))
    .catch(() => null);
}

import "server-only";

import { getStore } from "../store";
import { type Cache, type CachedReadOptions, createCache } from "./cache";

export { cacheKey } from "./key";
export type { CachedReadOptions } from "./cache";

let cache: Cache | undefined;

/**
 * `fetcher`'s answer for `key` (see `cacheKey`) from the cache shared by every visitor and every instance: fresh
 * for `freshMs`, then served stale while one background fetch revalidates it (see `createCache`).
 *
 * For ANONYMOUS upstream answers only, from public procedures. With an API key, data.gouv.fr adds the caller's
 * private and deleted reuses to its answers, which must never be shared: so `cachedRead` has no way to take a
 * key or a session, and its fetcher calls the upstream client without one. Reads with a key are never cached.
 */
export function cachedRead<T>(key: string, fetcher: () => Promise<T>, options?: CachedReadOptions<T>): Promise<T> {
  cache ??= createCache({ store: getStore() });
  return cache.read(key, fetcher, options);
}

import "server-only";

import { z } from "zod";

import { createOutageLog } from "../store/outage-log";
import type { Store } from "../store/types";
import { LruMap } from "./lru";

export interface CachedReadOptions<T> {
  /** How long a value is served as it is, without asking upstream. */
  freshMs?: number;
  /** How long after that it is still served at once, while one background fetch refreshes it. */
  staleMs?: number;
  /** Checks values read back from the store, which another instance (or version) of the site may have written. */
  schema?: z.ZodType<T>;
  /**
   * Values stored before this time (ms) are out of date: refetched, and served only if the fetch fails. A
   * function is given the value's tags (see `tags`): when any of them was last invalidated.
   */
  notBefore?: number | ((tags: readonly string[]) => number);
  /** The cache tags of a value fetched (server/cache/tags.ts), kept with it. */
  tags?: (value: T) => string[];
  /**
   * Whether a fetch error says the thing is gone (a 404 or 410 from data.gouv.fr: deleted, unpublished), rather
   * than that upstream failed: then the cached value is forgotten, never served instead.
   */
  isGone?: (error: unknown) => boolean;
}

export interface CacheOptions {
  /** The shared second level: across instances with Redis, across restarts with SQLite. */
  store: Store;
  /** Entries of the in-process first level. */
  maxEntries?: number;
  now?: () => number;
  log?: (message: string) => void;
}

export type Cache = ReturnType<typeof createCache>;

type TagsOf = (value: unknown) => string[];

interface Entry {
  storedAt: number;
  value: unknown;
  tags?: string[];
}

const DEFAULT_FRESH_MS = 60_000;
const DEFAULT_STALE_MS = 24 * 60 * 60_000;
const storedEntry = z.object({ storedAt: z.number(), value: z.unknown(), tags: z.array(z.string()).optional() });

/**
 * A two-level stale-while-revalidate cache. The first level (an LRU map of parsed values) makes a hot entry cost
 * no I/O and no JSON parsing; the store is the second. Concurrent fetches of one key in this process are merged
 * into one. When a fetch fails, any older value is served instead, however old (stale-if-error); the error
 * reaches the caller only when there is none. Values are shared between callers: treat them as read-only.
 */
export function createCache({ store, maxEntries = 500, now = Date.now, log = console.error }: CacheOptions) {
  const local = new LruMap<string, Entry>(maxEntries);
  const inFlight = new Map<string, Promise<Entry>>();
  const upstreamOutage = createOutageLog(log);
  const storeOutage = createOutageLog(log);

  /** The newest entry known: the first level's when it is fresh, else the newer of it and the store's. */
  async function lookup(key: string, freshMs: number, schema?: z.ZodType): Promise<Entry | undefined> {
    const inMemory = local.get(key);
    if (inMemory && now() - inMemory.storedAt < freshMs) return inMemory;
    const stored = await readStore(key, schema);
    if (!stored || (inMemory && inMemory.storedAt >= stored.storedAt)) return inMemory;
    local.set(key, stored);
    return stored;
  }

  /** The store's entry if it is there and valid; an unavailable store counts as a miss. */
  async function readStore(key: string, schema?: z.ZodType): Promise<Entry | undefined> {
    let raw: string | null;
    try {
      raw = await store.get(key);
      storeOutage.recovered();
    } catch (error) {
      storeOutage.failed(`cache: store unavailable, reading upstream (${errorName(error)})`);
      return undefined;
    }
    if (raw === null) return undefined;
    const entry = storedEntry.safeParse(parseJson(raw));
    if (!entry.success) return undefined;
    if (!schema) return entry.data;
    const value = schema.safeParse(entry.data.value);
    return value.success ? { ...entry.data, value: value.data } : undefined;
  }

  /** Fetches and stores the value; callers for the same key while it runs share the one fetch. */
  function refresh(key: string, fetcher: () => Promise<unknown>, ttlMs: number, tagsOf?: TagsOf): Promise<Entry> {
    let pending = inFlight.get(key);
    if (!pending) {
      pending = fetchAndStore(key, fetcher, ttlMs, tagsOf).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  }

  async function fetchAndStore(
    key: string,
    fetcher: () => Promise<unknown>,
    ttlMs: number,
    tagsOf?: TagsOf,
  ): Promise<Entry> {
    // The time the fetch starts: a write that lands while it runs makes the answer out of date.
    const storedAt = now();
    const value = await fetcher();
    const tags = tagsOf?.(value);
    const entry: Entry = { storedAt, value, ...(tags && tags.length > 0 ? { tags } : {}) };
    upstreamOutage.recovered();
    local.set(key, entry);
    const json = JSON.stringify(entry);
    try {
      // Evictable: the store caps the cache's share (any anonymous visitor can make new keys); a value it
      // evicted is fetched again.
      await store.set(key, json, ttlMs, { evictable: true });
    } catch (error) {
      storeOutage.failed(`cache: store unavailable, keeping values in memory only (${errorName(error)})`);
    }
    return entry;
  }

  /** Serves `key` from the cache, calling `fetcher` on a miss and to revalidate (see CachedReadOptions). */
  async function read<T>(key: string, fetcher: () => Promise<T>, options: CachedReadOptions<T> = {}): Promise<T> {
    const { freshMs = DEFAULT_FRESH_MS, staleMs = DEFAULT_STALE_MS, schema, notBefore = 0, isGone } = options;
    const tagsOf = options.tags as TagsOf | undefined;
    const storeKey = `cache:${key}`;
    const ttlMs = freshMs + staleMs;
    // Values under one key all come from fetchers (or schemas) of the same T: the key names the upstream call.
    const cached = (await lookup(storeKey, freshMs, schema)) as (Entry & { value: T }) | undefined;
    const outOfDateBefore = typeof notBefore === "number" ? notBefore : notBefore(cached?.tags ?? []);
    const age = cached && cached.storedAt >= outOfDateBefore ? now() - cached.storedAt : Infinity;
    if (cached && age < freshMs) return cached.value;
    if (cached && age < ttlMs) {
      refresh(storeKey, fetcher, ttlMs, tagsOf).catch((error: unknown) =>
        isGone?.(error) ? forget(storeKey) : servingStale(error),
      );
      return cached.value;
    }
    try {
      let entry = await refresh(storeKey, fetcher, ttlMs, tagsOf);
      // A fetch already under way may have started before a write that invalidated its answer: then, another.
      if (typeof notBefore !== "number" && entry.storedAt < notBefore(entry.tags ?? [])) {
        entry = await refresh(storeKey, fetcher, ttlMs, tagsOf);
      }
      return entry.value as T;
    } catch (error) {
      if (cached && isGone?.(error)) await forget(storeKey);
      if (!cached || isGone?.(error)) throw error;
      servingStale(error);
      return cached.value;
    }
  }

  /** Drops an entry from both levels (the store's copy is dropped as well as it can be). */
  async function forget(key: string): Promise<void> {
    local.delete(key);
    await store.delete(key).catch(() => undefined);
  }

  function servingStale(error: unknown) {
    upstreamOutage.failed(`cache: fetch failed, serving stale content (${errorName(error)})`);
  }

  return { read };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Only the error's class: messages may hold request details that do not belong in logs. */
function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

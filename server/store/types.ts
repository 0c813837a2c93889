/**
 * A small key-value store with expiry, shared by the processes of the site: the shared cache, the API-key vault
 * and the rate limits live in it. SQLite (one machine, survives restarts) or Redis (several machines), picked by
 * `getStore()`. Keys are namespaced by their users (`cache:`, `vault:`, `rate:`); values are strings.
 */
export interface Store {
  /** The value, or null when there is none or it has expired. */
  get(key: string): Promise<string | null>;
  /** Creates or replaces the value, which expires `ttlMs` from now. */
  set(key: string, value: string, ttlMs: number, options?: SetOptions): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Atomically adds one to a fixed-window counter: the first call creates it at 1, expiring `windowMs` later;
   * later calls in the window add one without moving the expiry. `resetAt` (epoch ms) is when the window ends.
   */
  increment(key: string, windowMs: number): Promise<Counter>;
  /** Removes expired entries now; resolves to how many (0 for stores that expire entries by themselves). */
  purgeExpired(): Promise<number>;
  close(): Promise<void>;
}

interface SetOptions {
  /**
   * The store may delete the value before it expires to keep all evictable values within its cap (see
   * StoreOptions), those that expire first going first: for what can be fetched again (the data cache), never
   * for the vault or the limits. A value written without it is never evicted.
   */
  evictable?: boolean;
}

export interface StoreOptions {
  /**
   * The most bytes (keys and values, as UTF-8) evictable values take, counted over every process that shares the
   * store: past it, a write evicts down to EVICT_TO of it. Unbounded when undefined.
   */
  maxEvictableBytes?: number;
}

/** Eviction frees a tenth of the cap at once, so that a full cache does not evict on every write. */
export const EVICT_TO = 0.9;

/** Bytes an evictable entry counts for: its key and its value, as UTF-8. */
export function entrySize(key: string, value: string): number {
  return Buffer.byteLength(key) + Buffer.byteLength(value);
}

export interface Counter {
  count: number;
  resetAt: number;
}

/** A time to live as the whole number of milliseconds both stores take; throws on a non-positive or odd value. */
export function ttlMilliseconds(ms: number): number {
  if (!Number.isFinite(ms) || ms <= 0) throw new RangeError("a time to live must be a positive number of milliseconds");
  return Math.ceil(ms);
}

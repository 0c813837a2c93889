// No `import "server-only"` in the store: the front server (server/http, outside the Next.js bundles) reads the
// cache tags' invalidations from it for its page cache (server/cache/tag-clock.ts).

import path from "node:path";

import { env } from "../env";
import { createRedisStore } from "./redis";
import { createSqliteStore } from "./sqlite";
import type { Store } from "./types";

export type { Counter, Store } from "./types";

// On globalThis, so that Next.js dev hot reloads reuse the connection instead of opening one per reload.
const processGlobal = globalThis as typeof globalThis & { reusesStore?: Store };

/**
 * The store of this process: Redis when REDIS_URL is set (shared by every instance), else SQLite in DATA_DIR.
 * The data cache's entries (evictable) take CACHE_MAX_MB at most, whatever anonymous visitors ask for.
 */
export function getStore(): Store {
  const options = { maxEvictableBytes: env.CACHE_MAX_MB * 2 ** 20 };
  processGlobal.reusesStore ??= env.REDIS_URL
    ? createRedisStore(env.REDIS_URL, options)
    : createSqliteStore(path.join(env.DATA_DIR, "store.sqlite"), options);
  return processGlobal.reusesStore;
}

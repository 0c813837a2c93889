import "server-only";

import path from "node:path";

import { env } from "../env";
import { createRedisStore } from "./redis";
import { createSqliteStore } from "./sqlite";
import type { Store } from "./types";

export type { Counter, Store } from "./types";

// On globalThis, so that Next.js dev hot reloads reuse the connection instead of opening one per reload.
const processGlobal = globalThis as typeof globalThis & { reusesStore?: Store };

/** The store of this process: Redis when REDIS_URL is set (shared by every instance), else SQLite in DATA_DIR. */
export function getStore(): Store {
  processGlobal.reusesStore ??= env.REDIS_URL
    ? createRedisStore(env.REDIS_URL)
    : createSqliteStore(path.join(env.DATA_DIR, "store.sqlite"));
  return processGlobal.reusesStore;
}

/**
 * Test harness: the two store implementations as interchangeable backends, so that one suite runs against both.
 * Each test gets a fresh, empty backend; `connect()` opens one more connection to it, as another process would.
 * Redis needs the server of server/test/redis-global-setup.ts (one key prefix per test keeps tests apart).
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, inject } from "vitest";

import { createRedisStore } from "./redis";
import { createSqliteStore } from "./sqlite";
import type { Store, StoreOptions } from "./types";

export interface StoreBackend {
  name: string;
  /** A new empty backend: `connect` opens connections to it, `dispose` closes them and removes its data. */
  create(): { connect(options?: StoreOptions): Store; dispose(): Promise<void> };
}

export const sqliteBackend: StoreBackend = {
  name: "sqlite",
  create() {
    const dir = mkdtempSync(path.join(tmpdir(), "reuses-store-test-"));
    return withConnections(
      (options) => createSqliteStore(path.join(dir, "store.sqlite"), options),
      () => rmSync(dir, { recursive: true, force: true }),
    );
  },
};

export const redisBackend: StoreBackend = {
  name: "redis",
  create() {
    const url = redisUrl();
    const keyPrefix = `test:${randomUUID()}:`;
    return withConnections((options) => createRedisStore(url, { keyPrefix, ...options }));
  },
};

export const storeBackends = [sqliteBackend, redisBackend];

/** The URL of the test Redis server (from the global setup). */
export function redisUrl(): string {
  const url = inject("redisUrl");
  if (!url) throw new Error("no test Redis: add server/test/redis-global-setup.ts to the vitest globalSetup");
  return url;
}

/** Gives each test of the current suite a fresh backend; `connect()` opens a connection to the test's backend. */
export function useStoreBackend(backend: StoreBackend): { connect(options?: StoreOptions): Store } {
  let current: ReturnType<StoreBackend["create"]> | undefined;
  beforeEach(() => {
    current = backend.create();
  });
  afterEach(async () => {
    await current?.dispose();
    current = undefined;
  });
  return {
    connect(options) {
      if (!current) throw new Error("connect() is for tests, after beforeEach");
      return current.connect(options);
    },
  };
}

function withConnections(open: (options?: StoreOptions) => Store, removeData = () => {}) {
  const opened: Store[] = [];
  return {
    connect(options?: StoreOptions) {
      const store = open(options);
      opened.push(store);
      return store;
    },
    async dispose() {
      await Promise.all(opened.map((store) => store.close()));
      removeData();
    },
  };
}

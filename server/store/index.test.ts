import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { Redis } from "ioredis";
import { afterEach, describe, expect, it, vi } from "vitest";

import { redisUrl } from "./test-backends";
import type { Store } from "./types";

const processGlobal = globalThis as typeof globalThis & { reusesStore?: Store };

/** getStore() of a fresh module graph, under the given environment. */
async function getStoreWith(env: { DATA_DIR: string; REDIS_URL?: string }) {
  vi.resetModules();
  vi.doMock("../env", () => ({ env: { CACHE_MAX_MB: 64, ...env } }));
  return (await import("./index")).getStore;
}

describe("getStore", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "reuses-get-store-"));
  afterEach(async () => {
    await processGlobal.reusesStore?.close();
    delete processGlobal.reusesStore;
    vi.doUnmock("../env");
    rmSync(dir, { recursive: true, force: true });
  });

  it("opens SQLite in DATA_DIR when REDIS_URL is unset, once per process", async () => {
    const getStore = await getStoreWith({ DATA_DIR: dir });
    await getStore().set("k", "v", 60_000);
    expect(existsSync(path.join(dir, "store.sqlite"))).toBe(true);
    // A hot reload evaluates the module again: the store (and its connection) stays.
    const reloaded = await getStoreWith({ DATA_DIR: dir });
    expect(reloaded()).toBe(getStore());
  });

  it("uses Redis, under the prefix reuses:, when REDIS_URL is set", async () => {
    const getStore = await getStoreWith({ DATA_DIR: dir, REDIS_URL: redisUrl() });
    const key = `test:${randomUUID()}`;
    await getStore().set(key, "v", 60_000);
    const client = new Redis(redisUrl());
    expect(await client.get(`reuses:${key}`)).toBe("v");
    await client.quit();
    expect(existsSync(path.join(dir, "store.sqlite"))).toBe(false);
  });
});

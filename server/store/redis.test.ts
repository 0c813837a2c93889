import { randomUUID } from "node:crypto";

import { Redis } from "ioredis";
import { afterEach, describe, expect, it, vi } from "vitest";

import { freePort } from "../../scripts/lib/net.mjs";
import { createRedisStore } from "./redis";
import { describeEviction } from "./eviction.contract";
import { describeStore } from "./store.contract";
import { redisBackend, redisUrl } from "./test-backends";
import type { Store } from "./types";

describeStore(redisBackend);
describeEviction(redisBackend);

describe("Redis store", () => {
  const stores: Store[] = [];
  const clients: Redis[] = [];
  const open = (store: Store) => (stores.push(store), store);
  const raw = () => {
    const client = new Redis(redisUrl());
    clients.push(client);
    return client;
  };
  afterEach(async () => {
    vi.restoreAllMocks();
    await Promise.all([...stores.splice(0).map((store) => store.close()), ...clients.splice(0).map((c) => c.quit())]);
  });

  it("prefixes its keys and lets Redis expire them", async () => {
    const prefix = `test:${randomUUID()}:`;
    const store = open(createRedisStore(redisUrl(), { keyPrefix: prefix }));
    const client = raw();
    await store.set("k", "v", 60_000);
    await store.increment("counter", 60_000);
    expect((await client.keys(`${prefix}*`)).sort()).toEqual([`${prefix}counter`, `${prefix}k`]);
    expect(await client.pttl(`${prefix}counter`)).toBeGreaterThan(59_000);
    expect(await store.purgeExpired()).toBe(0);
  });

  it("uses the prefix reuses: by default", async () => {
    const key = `test:${randomUUID()}`;
    const store = open(createRedisStore(redisUrl()));
    const client = raw();
    await store.set(key, "v", 60_000);
    expect(await client.get(`reuses:${key}`)).toBe("v");
    await store.delete(key);
  });

  it("fails fast, and logs once, while Redis is unreachable", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const store = open(createRedisStore(`redis://127.0.0.1:${await freePort()}`));
    for (const attempt of [() => store.get("k"), () => store.increment("k", 1_000), () => store.set("k", "v", 1)]) {
      const started = Date.now();
      await expect(attempt()).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(1_500);
    }
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toMatch(/^Redis store: .*ECONNREFUSED/);
  });
});

import { randomUUID } from "node:crypto";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

import { Redis } from "ioredis";
import { afterEach, describe, expect, it, vi } from "vitest";

import { freePort } from "../../scripts/lib/net.mjs";
import { createRedisStore } from "./redis";
import { describeEviction } from "./eviction.contract";
import { describeStore } from "./store.contract";
import { redisBackend, redisUrl } from "./test-backends";
import type { Store } from "./types";
import { StoreUnavailableError } from "./unavailable";

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

  it("fails with a StoreUnavailableError, and at once between reconnection attempts, while Redis is down", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const store = open(createRedisStore(`redis://127.0.0.1:${await freePort()}`));
    await expect(store.get("k")).rejects.toBeInstanceOf(StoreUnavailableError);
    const started = Date.now();
    await expect(store.increment("k", 1_000)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it("fails within a second when Redis accepts the connection but stops answering (a frozen server)", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const accepted: net.Socket[] = [];
    const frozen = net.createServer((socket) => accepted.push(socket)); // Accepts, never answers.
    await new Promise<void>((listening) => frozen.listen(0, "127.0.0.1", listening));
    const { port } = frozen.address() as net.AddressInfo;
    try {
      const store = open(createRedisStore(`redis://127.0.0.1:${port}`));
      const started = Date.now();
      await expect(store.get("k")).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(Date.now() - started).toBeLessThan(1_500);
    } finally {
      for (const socket of accepted) socket.destroy();
      await closeServer(frozen);
    }
  });

  it("works again, without a new store, once Redis is back after an outage", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const link = await cuttableLink(new URL(redisUrl()));
    try {
      const store = open(createRedisStore(link.url, { keyPrefix: `test:${randomUUID()}:` }));
      await store.set("session", "kept", 60_000);
      await link.cut();
      await expect(store.get("session")).rejects.toBeInstanceOf(StoreUnavailableError);
      await link.restore();
      const deadline = Date.now() + 5_000;
      let value: string | null | undefined;
      while (value === undefined && Date.now() < deadline) {
        value = await store.get("session").catch(() => undefined);
        if (value === undefined) await sleep(100);
      }
      expect(value).toBe("kept");
    } finally {
      await link.cut();
    }
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

function closeServer(server: net.Server): Promise<void> {
  return new Promise((closed) => server.close(() => closed()));
}

/**
 * A TCP relay to Redis on a port of its own: `cut()` closes it and every connection through it (Redis is down,
 * for the store), `restore()` listens on the same port again.
 */
async function cuttableLink(target: URL) {
  const sockets = new Set<net.Socket>();
  const relay = (client: net.Socket) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => socket.destroy());
      socket.on("close", () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  };
  let server = net.createServer(relay);
  const port = await freePort();
  const listen = () => new Promise<void>((listening) => server.listen(port, "127.0.0.1", listening));
  await listen();
  return {
    url: `redis://127.0.0.1:${port}`,
    async cut() {
      for (const socket of sockets) socket.destroy();
      if (server.listening) await closeServer(server);
    },
    async restore() {
      server = net.createServer(relay);
      await listen();
    },
  };
}

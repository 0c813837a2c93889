/** The behaviour every Store implementation shares; `describeStore(backend)` runs it against one of them. */
import { setTimeout as sleep } from "node:timers/promises";

import { describe, expect, it } from "vitest";

import { type StoreBackend, useStoreBackend } from "./test-backends";

const MINUTE = 60_000;

export function describeStore(backend: StoreBackend) {
  describe(`Store contract (${backend.name})`, () => {
    const { connect } = useStoreBackend(backend);

    it("gets null for a key never set", async () => {
      expect(await connect().get("missing")).toBeNull();
    });

    it("gets what was set, and the last value set", async () => {
      const store = connect();
      await store.set("k", "one", MINUTE);
      expect(await store.get("k")).toBe("one");
      await store.set("k", "two", MINUTE);
      expect(await store.get("k")).toBe("two");
    });

    it("deletes, and deleting a missing key is no error", async () => {
      const store = connect();
      await store.set("k", "v", MINUTE);
      await store.delete("k");
      expect(await store.get("k")).toBeNull();
      await expect(store.delete("k")).resolves.toBeUndefined();
    });

    it("hides a value once its time to live is over", async () => {
      const store = connect();
      await store.set("short", "v", 50);
      await store.set("long", "v", MINUTE);
      expect(await store.get("short")).toBe("v");
      await sleep(100);
      expect(await store.get("short")).toBeNull();
      expect(await store.get("long")).toBe("v");
    });

    it("gives an overwritten value the new time to live", async () => {
      const store = connect();
      await store.set("k", "old", 50);
      await store.set("k", "new", MINUTE);
      await sleep(100);
      expect(await store.get("k")).toBe("new");
    });

    it("refuses a time to live that is not positive", async () => {
      const store = connect();
      await expect(store.set("k", "v", 0)).rejects.toThrow(RangeError);
      await expect(store.increment("k", -1)).rejects.toThrow(RangeError);
    });

    it("counts from 1 in a window that ends windowMs after the first increment", async () => {
      const store = connect();
      const before = Date.now();
      const first = await store.increment("counter", MINUTE);
      const second = await store.increment("counter", MINUTE);
      expect([first.count, second.count]).toEqual([1, 2]);
      expect(first.resetAt).toBeGreaterThanOrEqual(before + MINUTE - 50);
      expect(first.resetAt).toBeLessThanOrEqual(Date.now() + MINUTE + 50);
      expect(Math.abs(second.resetAt - first.resetAt)).toBeLessThan(50);
      expect((await store.increment("other", MINUTE)).count).toBe(1);
    });

    it("starts a new window at 1 once the previous one is over", async () => {
      const store = connect();
      await store.increment("counter", 50);
      const last = await store.increment("counter", 50);
      expect(last.count).toBe(2);
      await sleep(100);
      const next = await store.increment("counter", 50);
      expect(next.count).toBe(1);
      expect(next.resetAt).toBeGreaterThan(last.resetAt);
    });

    it("counts exactly under concurrent increments from several connections", async () => {
      const connections = Array.from({ length: 4 }, () => connect());
      const results = await Promise.all(
        connections.flatMap((store) => Array.from({ length: 50 }, () => store.increment("shared", MINUTE))),
      );
      const counts = results.map((result) => result.count).sort((a, b) => a - b);
      expect(counts).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
    });

    it("shares values between connections", async () => {
      const [writer, reader] = [connect(), connect()];
      await writer.set("k", "v", MINUTE);
      expect(await reader.get("k")).toBe("v");
      await reader.delete("k");
      expect(await writer.get("k")).toBeNull();
    });

    it("purges expired entries and keeps live ones", async () => {
      const store = connect();
      await store.set("expired", "v", 20);
      await store.set("live", "v", MINUTE);
      await sleep(60);
      expect(await store.purgeExpired()).toBeGreaterThanOrEqual(0);
      expect(await store.get("expired")).toBeNull();
      expect(await store.get("live")).toBe("v");
    });

    it("keeps unicode keys and values intact", async () => {
      const store = connect();
      const value = "réutilisation 📊 données — 中文 \u0000 fin";
      await store.set("clé:📊", value, MINUTE);
      expect(await store.get("clé:📊")).toBe(value);
    });

    it("keeps a 1 MB value intact", async () => {
      const store = connect();
      const value = "é".repeat(512 * 1024) + "x".repeat(1024);
      await store.set("big", value, MINUTE);
      expect(await store.get("big")).toBe(value);
    });
  });
}

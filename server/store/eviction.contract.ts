/** How every Store caps its evictable values; `describeEviction(backend)` runs it against one of them. */
import { describe, expect, it } from "vitest";

import { type StoreBackend, useStoreBackend } from "./test-backends";
import { entrySize, EVICT_TO, type Store } from "./types";

const MINUTE = 60_000;
const CAP = 64 * 1024;
const capped = { maxEvictableBytes: CAP };
const evictable = { evictable: true };
/** About 1.5 KB, different for each key. */
const valueOf = (key: string) => `${key}:`.padEnd(1_500, "x");
const keysOf = (count: number, prefix = "cache:") => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

/** The bytes of the keys' values still in the store: measured by reading them back, not by the store's count. */
async function liveBytes(store: Store, keys: string[]): Promise<number> {
  const values = await Promise.all(keys.map((key) => store.get(key)));
  return keys.reduce((sum, key, index) => sum + (values[index] === null ? 0 : entrySize(key, values[index] ?? "")), 0);
}

export function describeEviction(backend: StoreBackend) {
  describe(`Store eviction (${backend.name})`, () => {
    const { connect } = useStoreBackend(backend);

    it("keeps 650 evictable values (1 MB) within a 64 KB cap, the first to expire going first", async () => {
      const store = connect(capped);
      await store.set("cache:lasting", valueOf("lasting"), 60 * MINUTE, evictable);
      const keys = keysOf(650);
      for (const key of keys) await store.set(key, valueOf(key), MINUTE, evictable);
      const kept = await liveBytes(store, keys);
      expect(kept + entrySize("cache:lasting", valueOf("lasting"))).toBeLessThanOrEqual(CAP);
      expect(kept).toBeGreaterThan(CAP * EVICT_TO * 0.9);
      expect(await store.get("cache:0")).toBeNull();
      expect(await store.get("cache:649")).toBe(valueOf("cache:649"));
      expect(await store.get("cache:lasting")).toBe(valueOf("lasting"));
    });

    it("never evicts values written without `evictable`, even bigger than the cap, nor counters", async () => {
      const store = connect(capped);
      const secret = "v".repeat(2 * CAP);
      await store.set("vault:a", secret, MINUTE);
      await store.increment("rate:a", MINUTE);
      for (const key of keysOf(200)) await store.set(key, valueOf(key), MINUTE, evictable);
      expect(await store.get("vault:a")).toBe(secret);
      expect((await store.increment("rate:a", MINUTE)).count).toBe(2);
      expect(await liveBytes(store, keysOf(200))).toBeLessThanOrEqual(CAP);
    });

    it("counts one cap for every connection, as for several instances", async () => {
      const instances = [connect(capped), connect(capped)];
      const keys = keysOf(300);
      for (const [index, key] of keys.entries()) {
        await instances[index % 2]?.set(key, valueOf(key), MINUTE, evictable);
      }
      expect(await liveBytes(connect(), keys)).toBeLessThanOrEqual(CAP);
      expect(await instances[0]?.get("cache:299")).toBe(valueOf("cache:299"));
    });

    it("frees the bytes of deleted values, and counts a rewritten value once", async () => {
      const store = connect(capped);
      // 40 values of 1.5 KB: 60 KB, just under the cap, at every moment below.
      const [first, second, third] = [keysOf(20, "cache:a"), keysOf(20, "cache:b"), keysOf(20, "cache:c")];
      // The deleted ones would be the last to go: their bytes must be freed by the delete itself.
      for (const key of first) await store.set(key, valueOf(key), 60 * MINUTE, evictable);
      for (const key of second) await store.set(key, valueOf(key), MINUTE, evictable);
      for (const key of first) await store.delete(key);
      for (let round = 0; round < 5; round++) {
        for (const key of second) await store.set(key, valueOf(key), MINUTE, evictable);
      }
      for (const key of third) await store.set(key, valueOf(key), MINUTE, evictable);
      const values = await Promise.all([...second, ...third].map((key) => store.get(key)));
      expect(values.filter((value) => value === null)).toEqual([]);
    });

    it("stops counting a value rewritten without `evictable`: it stays", async () => {
      const store = connect(capped);
      await store.set("cache:kept", "first", MINUTE, evictable);
      await store.set("cache:kept", "second", MINUTE);
      for (const key of keysOf(100)) await store.set(key, valueOf(key), MINUTE, evictable);
      expect(await store.get("cache:kept")).toBe("second");
    });
  });
}

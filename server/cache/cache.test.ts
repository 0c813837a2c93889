import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { storeBackends, useStoreBackend } from "../store/test-backends";
import type { Store } from "../store/types";
import { type CacheOptions, createCache } from "./cache";

const FRESH = 1_000;
const STALE = 10_000;
const options = { freshMs: FRESH, staleMs: STALE };

/** A fetcher whose answer the test gives when it wants, counting its calls. */
function controlledFetcher<T>() {
  const pending: { resolve(value: T): void; reject(error: unknown): void }[] = [];
  const fetcher = vi.fn(() => new Promise<T>((resolve, reject) => pending.push({ resolve, reject })));
  const next = () => {
    const call = pending.shift();
    if (!call) throw new Error("no fetch is waiting");
    return call;
  };
  return { fetcher, resolve: (value: T) => next().resolve(value), reject: (error: unknown) => next().reject(error) };
}

/** The store with its get and set counted. */
function counted(store: Store) {
  return { ...store, get: vi.fn(store.get), set: vi.fn(store.set) };
}

describe.each(storeBackends)("cache over $name", (backend) => {
  const { connect } = useStoreBackend(backend);
  let clock = 1_000_000;
  const log = vi.fn<(message: string) => void>();
  const newCache = (overrides: Partial<CacheOptions> = {}) =>
    createCache({ store: connect(), now: () => clock, log, ...overrides });
  /** Waits for a background fetch to be stored. */
  const storedValue = async (store: Store, key: string) => {
    const raw = await store.get(`cache:${key}`);
    return raw === null ? undefined : (JSON.parse(raw) as { value: unknown }).value;
  };

  afterEach(() => {
    clock = 1_000_000;
    log.mockReset();
  });

  it("fetches a miss, stores it as { storedAt, value } for fresh + stale, and returns it", async () => {
    const store = counted(connect());
    const cache = newCache({ store });
    const fetcher = vi.fn(async () => ({ title: "Réutilisation" }));
    expect(await cache.read("k", fetcher, options)).toEqual({ title: "Réutilisation" });
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(JSON.parse((await store.get("cache:k")) ?? "")).toEqual({
      storedAt: clock,
      value: { title: "Réutilisation" },
    });
    expect(store.set).toHaveBeenCalledWith("cache:k", expect.any(String), FRESH + STALE, { evictable: true });
  });

  it("serves a fresh hit from memory: no fetch, no store access", async () => {
    const store = counted(connect());
    const cache = newCache({ store });
    await cache.read("k", async () => "v", options);
    store.get.mockClear();
    clock += FRESH - 1;
    const fetcher = vi.fn(async () => "other");
    expect(await cache.read("k", fetcher, options)).toBe("v");
    expect(fetcher).not.toHaveBeenCalled();
    expect(store.get).not.toHaveBeenCalled();
  });

  it("serves a stale hit at once and revalidates it in the background, once", async () => {
    const store = connect();
    const cache = newCache({ store });
    await cache.read("k", async () => "old", options);
    clock += FRESH;
    const { fetcher, resolve } = controlledFetcher<string>();
    const reads = await Promise.all(Array.from({ length: 5 }, () => cache.read("k", fetcher, options)));
    expect(reads).toEqual(Array(5).fill("old"));
    expect(fetcher).toHaveBeenCalledTimes(1);
    resolve("new");
    await vi.waitFor(async () => expect(await storedValue(store, "k")).toBe("new"));
    expect(await cache.read("k", fetcher, options)).toBe("new");
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it("treats a value older than fresh + stale as a miss", async () => {
    const cache = newCache();
    await cache.read("k", async () => "old", options);
    clock += FRESH + STALE;
    expect(await cache.read("k", async () => "new", options)).toBe("new");
  });

  it("rethrows the fetch error when there is nothing to serve instead", async () => {
    const cache = newCache();
    const error = new Error("upstream down");
    await expect(cache.read("k", () => Promise.reject(error), options)).rejects.toBe(error);
  });

  it("serves the last value, however old, when the fetch fails (stale-if-error)", async () => {
    const cache = newCache();
    await cache.read("k", async () => "old", options);
    clock += FRESH + STALE + 60_000;
    const failing = vi.fn(() => Promise.reject(new TypeError("fetch failed")));
    expect(await cache.read("k", failing, options)).toBe("old");
    expect(failing).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith("cache: fetch failed, serving stale content (TypeError)");
  });

  it("refetches a value stored before notBefore, even a fresh one, and falls back to it only on failure", async () => {
    const cache = newCache();
    await cache.read("k", async () => "before the change", options);
    clock += 10;
    const changedAt = clock;
    clock += 10;
    expect(await cache.read("k", async () => "after the change", { ...options, notBefore: changedAt })).toBe(
      "after the change",
    );
    expect(await cache.read("k", async () => "not fetched", { ...options, notBefore: changedAt })).toBe(
      "after the change",
    );

    await cache.read("j", async () => "kept", options);
    const failing = vi.fn(() => Promise.reject(new TypeError("fetch failed")));
    expect(await cache.read("j", failing, { ...options, notBefore: clock + 1 })).toBe("kept");
    expect(failing).toHaveBeenCalledTimes(1);
  });

  it("forgets a value whose fetch says it is gone, rather than serving it", async () => {
    const store = connect();
    const cache = newCache({ store });
    const gone = new Error("410");
    const isGone = (error: unknown) => error === gone;
    await cache.read("k", async () => "deleted since", options);
    clock += FRESH + STALE + 1;
    await expect(cache.read("k", () => Promise.reject(gone), { ...options, isGone })).rejects.toBe(gone);
    expect(await store.get("cache:k")).toBeNull();
    await expect(cache.read("k", () => Promise.reject(gone), { ...options, isGone })).rejects.toBe(gone);
  });

  it("forgets a stale value whose background revalidation says it is gone", async () => {
    const store = connect();
    const cache = newCache({ store });
    const gone = new Error("404");
    await cache.read("k", async () => "unpublished since", options);
    clock += FRESH + 1;
    const revalidation = vi.fn(() => Promise.reject(gone));
    expect(await cache.read("k", revalidation, { ...options, isGone: (error) => error === gone })).toBe(
      "unpublished since",
    );
    await vi.waitFor(async () => expect(await store.get("cache:k")).toBeNull());
    const next = vi.fn(async () => "fetched again");
    expect(await cache.read("k", next, options)).toBe("fetched again");
    expect(next).toHaveBeenCalledTimes(1);
  });

  it("keeps the stale value when a background revalidation fails, and logs one line per outage", async () => {
    const store = connect();
    const cache = newCache({ store });
    await cache.read("secret-key-part", async () => "old", options);
    clock += FRESH;
    const { fetcher, reject, resolve } = controlledFetcher<string>();
    for (let i = 0; i < 2; i++) {
      expect(await cache.read("secret-key-part", fetcher, options)).toBe("old");
      reject(new Error("upstream down with secret-key-part"));
      await vi.waitFor(() => expect(log).toHaveBeenCalled());
    }
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).not.toContain("secret");
    // A success ends the outage: the next failure is logged again.
    expect(await cache.read("secret-key-part", fetcher, options)).toBe("old");
    resolve("new");
    await vi.waitFor(async () => expect(await storedValue(store, "secret-key-part")).toBe("new"));
    clock += FRESH;
    await cache.read("secret-key-part", fetcher, options);
    reject(new Error("down again"));
    await vi.waitFor(() => expect(log).toHaveBeenCalledTimes(2));
  });

  it("merges 100 concurrent reads of a cold key into one fetch, and fetches again once it settled", async () => {
    const cache = newCache();
    const { fetcher, resolve, reject } = controlledFetcher<string>();
    const reads = Array.from({ length: 100 }, () => cache.read("cold", fetcher, options));
    await vi.waitFor(() => expect(fetcher).toHaveBeenCalled());
    resolve("v");
    expect(await Promise.all(reads)).toEqual(Array(100).fill("v"));
    expect(fetcher).toHaveBeenCalledTimes(1);

    const failures = Array.from({ length: 10 }, () => cache.read("failing", fetcher, options));
    await vi.waitFor(() => expect(fetcher).toHaveBeenCalledTimes(2));
    reject(new Error("down"));
    for (const failure of failures) await expect(failure).rejects.toThrow("down");
    const retry = cache.read("failing", fetcher, options);
    await vi.waitFor(() => expect(fetcher).toHaveBeenCalledTimes(3));
    resolve("back");
    expect(await retry).toBe("back");
  });

  it("forgets the least recently used entries of its memory beyond maxEntries, not those of the store", async () => {
    const store = counted(connect());
    const cache = newCache({ store, maxEntries: 2 });
    for (const key of ["a", "b", "c"]) await cache.read(key, async () => key, options);
    store.get.mockClear();
    const fetcher = vi.fn(async () => "refetched");
    expect(await cache.read("c", fetcher, options)).toBe("c");
    expect(store.get).not.toHaveBeenCalled();
    expect(await cache.read("a", fetcher, options)).toBe("a");
    expect(store.get).toHaveBeenCalledWith("cache:a");
    expect(fetcher).not.toHaveBeenCalled();
  });

  it("serves what another instance stored, without fetching", async () => {
    await newCache().read("k", async () => ({ n: 1 }), options);
    const fetcher = vi.fn(async () => ({ n: 2 }));
    expect(await newCache().read("k", fetcher, options)).toEqual({ n: 1 });
    expect(fetcher).not.toHaveBeenCalled();
  });

  it("prefers a newer value another instance stored over its own stale one", async () => {
    const [mine, theirs] = [newCache(), newCache()];
    await mine.read("k", async () => "old", options);
    clock += FRESH;
    await theirs.read("k", async () => "new", { ...options, freshMs: 1 });
    const fetcher = vi.fn(async () => "fetched");
    expect(await mine.read("k", fetcher, options)).toBe("new");
    expect(fetcher).not.toHaveBeenCalled();
  });

  it("treats a stored value that fails the schema, or is not JSON, as a miss", async () => {
    const store = connect();
    await store.set("cache:k", JSON.stringify({ storedAt: clock, value: { title: 42 } }), 60_000);
    await store.set("cache:broken", "{not json", 60_000);
    const schema = z.object({ title: z.string() });
    const cache = newCache({ store });
    expect(await cache.read("k", async () => ({ title: "fetched" }), { ...options, schema })).toEqual({
      title: "fetched",
    });
    expect(await cache.read("broken", async () => "fetched", options)).toBe("fetched");
  });

  it("still answers, from upstream and memory, while the store is unavailable", async () => {
    const broken = { ...connect(), get: vi.fn(() => Promise.reject(new Error("ECONNREFUSED"))) };
    broken.set = vi.fn(() => Promise.reject(new Error("ECONNREFUSED")));
    const cache = newCache({ store: broken });
    const fetcher = vi.fn(async () => "v");
    expect(await cache.read("k", fetcher, options)).toBe("v");
    expect(await cache.read("k", fetcher, options)).toBe("v");
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(/^cache: store unavailable/);
  });
});

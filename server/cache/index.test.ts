import { afterAll, describe, expect, it, vi } from "vitest";

import { sqliteBackend } from "../store/test-backends";

const backend = sqliteBackend.create();
const store = backend.connect();
vi.mock("../store", () => ({ getStore: () => store }));
afterAll(() => backend.dispose());

describe("cachedRead", () => {
  it("caches in the process's store, shared by every caller", async () => {
    const { cachedRead, cacheKey } = await import("./index");
    const key = cacheKey(["reuses.list", { page: 1 }]);
    const fetcher = vi.fn(async () => ["reuse"]);
    expect(await cachedRead(key, fetcher)).toEqual(["reuse"]);
    expect(await cachedRead(key, fetcher)).toEqual(["reuse"]);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(await store.get(`cache:${key}`)).toContain('"value":["reuse"]');
  });
});

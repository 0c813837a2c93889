import { describe, expect, it } from "vitest";

import { cacheKey } from "./key";

describe("cacheKey", () => {
  it("is the JSON of the parts, whatever the order of object keys", () => {
    const key = cacheKey(["reuses.list", { q: "eau", page: 2, nested: { b: 1, a: [{ y: 1, x: 2 }] } }]);
    expect(key).toBe('["reuses.list",{"nested":{"a":[{"x":2,"y":1}],"b":1},"page":2,"q":"eau"}]');
    expect(cacheKey(["reuses.list", { nested: { a: [{ x: 2, y: 1 }], b: 1 }, page: 2, q: "eau" }])).toBe(key);
  });

  it("leaves undefined fields out, and tells different parts apart", () => {
    expect(cacheKey(["r", { q: undefined, page: 1 }])).toBe(cacheKey(["r", { page: 1 }]));
    expect(cacheKey(["r", { page: 1 }])).not.toBe(cacheKey(["r", { page: "1" }]));
    expect(cacheKey(["a", "b"])).not.toBe(cacheKey(["a,b"]));
  });

  it("hashes long keys with SHA-256", () => {
    const key = cacheKey(["reuses.list", { q: "x".repeat(500) }]);
    expect(key).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(cacheKey(["reuses.list", { q: "x".repeat(500) }])).toBe(key);
    expect(cacheKey(["reuses.list", { q: "y".repeat(500) }])).not.toBe(key);
  });
});

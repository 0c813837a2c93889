import { describe, expect, it } from "vitest";

import { LruMap } from "./lru";

describe("LruMap", () => {
  it("forgets the least recently used entry beyond maxEntries", () => {
    const map = new LruMap<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    expect(map.get("a")).toBe(1); // now b is the least recently used
    map.set("c", 3);
    expect(map.get("b")).toBeUndefined();
    expect([map.get("a"), map.get("c")]).toEqual([1, 3]);
  });

  it("replaces a value without growing", () => {
    const map = new LruMap<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    map.set("a", 10);
    map.set("c", 3);
    expect([map.get("a"), map.get("b"), map.get("c")]).toEqual([10, undefined, 3]);
  });
});

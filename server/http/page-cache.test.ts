import { gunzipSync } from "node:zlib";

import { describe, expect, it } from "vitest";

import { PageCache, toCachedPage } from "./page-cache";

/** A clock of cache tags that tests set by hand: when each tag was last invalidated. */
function tagTimes() {
  const times = new Map<string, number>();
  return {
    times,
    invalidatedAt: (tags: readonly string[]) => Math.max(0, ...tags.map((tag) => times.get(tag) ?? 0)),
  };
}

const page = (text: string, now = 0, tags = ["listings"]) => {
  const cached = toCachedPage(200, { "content-type": "text/html" }, Buffer.from(text), { now, tags });
  if (!cached) throw new Error("expected a cacheable page");
  return cached;
};

describe("toCachedPage", () => {
  it("keeps pages, 404s and 410s, compressed once, without per-answer headers", () => {
    const cached = toCachedPage(
      410,
      { "content-type": "text/html", date: "x", "content-length": "3" },
      Buffer.from("abc"),
      { now: 5 },
    );
    expect(cached?.headers).toEqual({ "content-type": "text/html" });
    expect(gunzipSync(cached?.gzip ?? Buffer.alloc(0)).toString()).toBe("abc");
  });

  it("keeps a permanent redirect with its Location (an old slug of a reuse)", () => {
    const cached = toCachedPage(308, { location: "/reuses/nouveau", "content-length": "0" }, Buffer.from(""), {
      now: 0,
    });
    expect(cached).toMatchObject({ status: 308, headers: { location: "/reuses/nouveau" } });
  });

  it("refuses errors, temporary redirects and answers that set cookies", () => {
    expect(toCachedPage(503, {}, Buffer.from(""), { now: 0 })).toBeUndefined();
    expect(toCachedPage(307, {}, Buffer.from(""), { now: 0 })).toBeUndefined();
    expect(toCachedPage(200, { "set-cookie": "a=b" }, Buffer.from(""), { now: 0 })).toBeUndefined();
  });
});

describe("PageCache", () => {
  it("serves a page while it is fresh, not after", () => {
    let now = 0;
    const cache = new PageCache({
      freshMs: 1000,
      maxEntries: 10,
      maxBytes: 1_000_000,
      now: () => now,
      tags: tagTimes(),
    });
    cache.store("/reuses", page("a"));
    now = 1000;
    expect(cache.fresh("/reuses")?.body.toString()).toBe("a");
    now = 1001;
    expect(cache.fresh("/reuses")).toBeUndefined();
  });

  it("does not serve a page rendered before one of its tags was invalidated", () => {
    const tags = tagTimes();
    const cache = new PageCache({ freshMs: 1000, maxEntries: 10, maxBytes: 1_000_000, now: () => 100, tags });
    cache.store("/reuses", page("a", 100, ["listings", "reuse:a"]));
    cache.store("/reuses/b", page("b", 100, ["reuse:b"]));
    tags.times.set("reuse:a", 101);
    expect(cache.fresh("/reuses")).toBeUndefined();
    expect(cache.fresh("/reuses/b")?.body.toString()).toBe("b");
  });

  it("does not serve a page whose data predates an invalidation made before it was rendered", () => {
    const tags = tagTimes();
    const cache = new PageCache({ freshMs: 1000, maxEntries: 10, maxBytes: 1_000_000, now: () => 100, tags });
    // Rendered at 100, showing the data cache's data as of 90 (it may not have heard of later invalidations).
    const rendered = toCachedPage(200, {}, Buffer.from("a"), { now: 100, dataAsOf: 90, tags: ["listings"] });
    if (!rendered) throw new Error("expected a cacheable page");
    cache.store("/reuses", rendered);
    tags.times.set("listings", 89);
    expect(cache.fresh("/reuses")).toBe(rendered);
    tags.times.set("listings", 95);
    expect(cache.fresh("/reuses")).toBeUndefined();
  });

  it("forgets the least recently used page beyond its size", () => {
    const cache = new PageCache({ freshMs: 1000, maxEntries: 2, maxBytes: 1_000_000, now: () => 0, tags: tagTimes() });
    cache.store("/a", page("a"));
    cache.store("/b", page("b"));
    cache.fresh("/a");
    cache.store("/c", page("c"));
    expect(cache.size).toBe(2);
    expect(cache.fresh("/b")).toBeUndefined();
    expect(cache.fresh("/a")).toBeDefined();
  });

  it("forgets the least recently used pages beyond its size in bytes", () => {
    const cache = new PageCache({ freshMs: 1000, maxEntries: 100, maxBytes: 2_500, now: () => 0, tags: tagTimes() });
    const big = (letter: string) => page(letter.repeat(1_000));
    cache.store("/a", big("a"));
    cache.store("/b", big("b"));
    cache.store("/a", big("a")); // stored again: counted once
    expect(cache.size).toBe(2);
    cache.store("/c", big("c"));
    expect(cache.fresh("/b")).toBeUndefined();
    expect([cache.fresh("/a"), cache.fresh("/c")]).toEqual([expect.anything(), expect.anything()]);
    expect(cache.sizeInBytes).toBeLessThanOrEqual(2_500);
  });

  it("tells concurrent visitors about a rendering under way, until it settles", async () => {
    const cache = new PageCache({ freshMs: 1000, maxEntries: 2, maxBytes: 1_000_000, tags: tagTimes() });
    let settle: (value: undefined) => void = () => {};
    cache.track("/a", new Promise((resolve) => (settle = resolve)));
    expect(cache.pending("/a")).toBeDefined();
    settle(undefined);
    await cache.pending("/a");
    await Promise.resolve();
    expect(cache.pending("/a")).toBeUndefined();
  });

  it("keeps a newer rendering of a page when an older one settles", async () => {
    const cache = new PageCache({ freshMs: 1000, maxEntries: 2, maxBytes: 1_000_000, tags: tagTimes() });
    let settleOlder: (value: undefined) => void = () => {};
    cache.track("/a", new Promise((resolve) => (settleOlder = resolve)));
    const newer = new Promise<undefined>(() => undefined);
    cache.track("/a", newer);
    settleOlder(undefined);
    await Promise.resolve();
    await Promise.resolve();
    expect(cache.pending("/a")).toBe(newer);
  });
});

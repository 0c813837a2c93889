import { gunzipSync } from "node:zlib";

import { describe, expect, it } from "vitest";

import { PageCache, toCachedPage } from "./page-cache";
import { publicInvalidation } from "./public-invalidation";

const page = (text: string, now = 0) => {
  const cached = toCachedPage(200, { "content-type": "text/html" }, Buffer.from(text), { now });
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
    const cache = new PageCache({ freshMs: 1000, maxEntries: 10, maxBytes: 1_000_000, now: () => now });
    cache.store("/reuses", page("a"));
    now = 1000;
    expect(cache.fresh("/reuses")?.body.toString()).toBe("a");
    now = 1001;
    expect(cache.fresh("/reuses")).toBeUndefined();
  });

  it("does not serve a page rendered before public data changed", () => {
    const cache = new PageCache({ freshMs: 1000, maxEntries: 10, maxBytes: 1_000_000, now: () => 100 });
    cache.store("/reuses", page("a", 100));
    publicInvalidation().at = 101;
    expect(cache.fresh("/reuses")).toBeUndefined();
    publicInvalidation().at = 0;
  });

  it("does not serve a page whose data predates a change another instance made before it was rendered", () => {
    const cache = new PageCache({ freshMs: 1000, maxEntries: 10, maxBytes: 1_000_000, now: () => 100 });
    // Rendered at 100, but this process had last looked at other instances' changes at 90.
    const rendered = toCachedPage(200, {}, Buffer.from("a"), { now: 100, dataAsOf: 90 });
    if (!rendered) throw new Error("expected a cacheable page");
    cache.store("/reuses", rendered);
    publicInvalidation().at = 95;
    expect(cache.fresh("/reuses")).toBeUndefined();
    publicInvalidation().at = 89;
    expect(cache.fresh("/reuses")).toBe(rendered);
    publicInvalidation().at = 0;
  });

  it("forgets the least recently used page beyond its size", () => {
    const cache = new PageCache({ freshMs: 1000, maxEntries: 2, maxBytes: 1_000_000, now: () => 0 });
    cache.store("/a", page("a"));
    cache.store("/b", page("b"));
    cache.fresh("/a");
    cache.store("/c", page("c"));
    expect(cache.size).toBe(2);
    expect(cache.fresh("/b")).toBeUndefined();
    expect(cache.fresh("/a")).toBeDefined();
  });

  it("forgets the least recently used pages beyond its size in bytes", () => {
    const cache = new PageCache({ freshMs: 1000, maxEntries: 100, maxBytes: 2_500, now: () => 0 });
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
    const cache = new PageCache({ freshMs: 1000, maxEntries: 2, maxBytes: 1_000_000 });
    let settle: (value: undefined) => void = () => {};
    cache.track("/a", new Promise((resolve) => (settle = resolve)));
    expect(cache.pending("/a")).toBeDefined();
    settle(undefined);
    await cache.pending("/a");
    await Promise.resolve();
    expect(cache.pending("/a")).toBeUndefined();
  });
});

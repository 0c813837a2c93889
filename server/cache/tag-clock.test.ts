import { describe, expect, it, vi } from "vitest";

import { storeBackends, useStoreBackend } from "../store/test-backends";
import { EVENT_TTL_MS, TagClock } from "./tag-clock";

describe.each(storeBackends)("TagClock on $name", (backend) => {
  const stores = useStoreBackend(backend);

  it("knows its own invalidations at once, per tag", async () => {
    const clock = new TagClock(stores.connect());
    await clock.invalidate(["reuse:a", "listings"], 1_000);
    expect(clock.invalidatedAt(["reuse:a"])).toBe(1_000);
    expect(clock.invalidatedAt(["reuse:b", "listings"])).toBe(1_000);
    expect(clock.invalidatedAt(["reuse:b"])).toBe(0);
    expect(clock.invalidatedAt([])).toBe(0);
  });

  it("hears another instance's invalidations from the store, only the new ones at each look", async () => {
    const store = stores.connect();
    const here = new TagClock(store);
    const there = new TagClock(stores.connect());
    const now = Date.now();
    await here.sync();
    await there.invalidate(["reuse:a"], now);
    await there.invalidate(["reuse:b"], now + 1);
    await here.sync();
    expect(here.invalidatedAt(["reuse:a"])).toBe(now);
    expect(here.invalidatedAt(["reuse:b"])).toBe(now + 1);
    const read = vi.spyOn(store, "get");
    await here.sync();
    expect(read).toHaveBeenCalledTimes(1); // the sequence only: nothing new
  });

  it("sees another instance's invalidation within a second when it watches the store", async () => {
    const here = new TagClock(stores.connect());
    const there = new TagClock(stores.connect());
    const stop = here.watch(1_000);
    await here.sync();
    const started = Date.now();
    await there.invalidate(["reuse:a"]);
    await vi.waitFor(() => expect(here.invalidatedAt(["reuse:a"])).toBeGreaterThanOrEqual(started), {
      timeout: 1_500,
      interval: 10,
    });
    expect(Date.now() - started).toBeLessThanOrEqual(1_200);
    stop();
  });

  it("counts another process's invalidations from a little later, for a cache made from a slower one", async () => {
    const store = stores.connect();
    const pages = new TagClock(store, { origin: "here", remoteLagMs: 2_000 });
    const now = Date.now();
    await new TagClock(store, { origin: "here" }).invalidate(["reuse:mine"], now);
    await new TagClock(store, { origin: "there" }).invalidate(["reuse:theirs"], now);
    await pages.sync();
    expect(pages.invalidatedAt(["reuse:mine"])).toBe(now);
    expect(pages.invalidatedAt(["reuse:theirs"])).toBe(now + 2_000);
  });

  it("looks again after a look under way for a caller that came during it, which may have missed a write", async () => {
    const store = stores.connect();
    const here = new TagClock(store);
    await here.sync();
    const under = here.sync();
    await new TagClock(store, { origin: "there" }).invalidate(["reuse:a"], Date.now());
    const read = vi.spyOn(store, "get");
    await Promise.all([under, here.sync(), here.sync()]);
    expect(here.invalidatedAt(["reuse:a"])).toBeGreaterThan(0);
    // The look under way (it may have read the sequence already), then one more for both later callers.
    expect(read.mock.calls.filter(([key]) => key === "tags:sequence").length).toBeLessThanOrEqual(2);
  });

  it("replays, when it starts, the invalidations the store still has", async () => {
    const there = new TagClock(stores.connect());
    const now = Date.now();
    await there.invalidate(["reuse:a"], now);
    const late = new TagClock(stores.connect());
    await late.sync();
    expect(late.invalidatedAt(["reuse:a"])).toBe(now);
    expect(late.invalidatedAt(["reuse:b"])).toBe(0);
  });

  it("counts anything tagged from before the events it replays as changed, when there were more", async () => {
    const store = stores.connect();
    const now = Date.now();
    for (let n = 0; n < 501; n++) await store.increment("tags:sequence", 60_000);
    await store.set("tags:event:2", JSON.stringify({ at: now - 5_000, tags: ["reuse:a"] }), 60_000);
    await store.set("tags:event:501", JSON.stringify({ at: now - 1_000, tags: ["reuse:c"] }), 60_000);
    const late = new TagClock(store);
    await late.sync();
    expect(late.invalidatedAt(["reuse:b"])).toBe(now - 5_000);
    expect(late.invalidatedAt(["reuse:c"])).toBe(now - 1_000);
    expect(late.invalidatedAt([])).toBe(0);
  });

  it("waits a few seconds for an event numbered but not stored yet, then counts everything tagged as changed", async () => {
    let now = 100_000;
    const store = stores.connect();
    const here = new TagClock(store, { now: () => now });
    await here.sync();
    // Another writer took number 1 and has not stored it yet; number 2 is there.
    await store.increment("tags:sequence", 60_000);
    await new TagClock(store, { now: () => now }).invalidate(["reuse:b"], 100_000);
    await here.sync();
    expect(here.invalidatedAt(["reuse:b"])).toBe(0);
    now += 6_000;
    await here.sync();
    expect(here.invalidatedAt(["reuse:b"])).toBe(106_000);
    expect(here.invalidatedAt(["anything"])).toBe(106_000);
  });

  it("forgets old tags, counting anything tagged from before them as changed", async () => {
    let now = 1_000;
    const clock = new TagClock(stores.connect(), { now: () => now });
    await clock.invalidate(["reuse:a"], 1_000);
    now += EVENT_TTL_MS + 1;
    await clock.sync();
    expect(clock.invalidatedAt(["reuse:b"])).toBe(1_000);
  });
});

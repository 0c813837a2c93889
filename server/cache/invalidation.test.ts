import { describe, expect, it, vi } from "vitest";

import { getStore } from "../store";
import { invalidateTags, tagsInvalidatedAt } from "./invalidation";
import { TagClock } from "./tag-clock";

describe("the data cache's invalidations", () => {
  it("are seen at once in this process, for the tags invalidated only", async () => {
    const now = Date.now();
    await invalidateTags(["reuse:a"], now);
    const invalidatedAt = await tagsInvalidatedAt(now + 1);
    expect(invalidatedAt(["reuse:a", "listings"])).toBeGreaterThanOrEqual(now);
    expect(invalidatedAt(["reuse:never-written"])).toBeLessThan(now);
  });

  it("pick up another instance's within a second, and readers during the look wait for its answer", async () => {
    const now = Date.now();
    await tagsInvalidatedAt(now);
    await new TagClock(getStore()).invalidate(["reuse:elsewhere"], now);
    expect((await tagsInvalidatedAt(now + 500))(["reuse:elsewhere"])).toBe(0);
    const readers = [tagsInvalidatedAt(now + 1_001), tagsInvalidatedAt(now + 1_002)];
    for (const invalidatedAt of await Promise.all(readers)) expect(invalidatedAt(["reuse:elsewhere"])).toBe(now);
  });

  it("do not hold readers long when the store does not answer (Redis down)", async () => {
    const hanging = vi.spyOn(getStore(), "get").mockReturnValue(new Promise(() => undefined));
    const started = performance.now();
    await tagsInvalidatedAt(Date.now() + 10_000);
    expect(performance.now() - started).toBeLessThan(1_000);
    hanging.mockRestore();
  });
});

import { describe, expect, it, vi } from "vitest";

import { getStore } from "../store";
import { invalidateTags, tagsInvalidatedAt } from "./invalidation";
import { TagClock } from "./tag-clock";

describe("the data cache's invalidations", () => {
  it("are seen at once in this process, for the tags invalidated only", async () => {
    const now = Date.now();
    await invalidateTags(["reuse:a"], now);
    const invalidatedAt = await tagsInvalidatedAt();
    expect(invalidatedAt(["reuse:a", "listings"])).toBeGreaterThanOrEqual(now);
    expect(invalidatedAt(["reuse:never-written"])).toBeLessThan(now);
  });

  it("are seen by the next read when another module world or instance made them", async () => {
    const now = Date.now();
    await tagsInvalidatedAt();
    await new TagClock(getStore(), { origin: "elsewhere" }).invalidate(["reuse:elsewhere"], now);
    const readers = [tagsInvalidatedAt(), tagsInvalidatedAt()];
    for (const invalidatedAt of await Promise.all(readers)) expect(invalidatedAt(["reuse:elsewhere"])).toBe(now);
  });

  it("do not hold readers long when the store does not answer (Redis down)", async () => {
    const hanging = vi.spyOn(getStore(), "get").mockReturnValue(new Promise(() => undefined));
    const started = performance.now();
    await tagsInvalidatedAt();
    expect(performance.now() - started).toBeLessThan(1_000);
    hanging.mockRestore();
  });
});

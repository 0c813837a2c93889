import { beforeAll, describe, expect, it, vi } from "vitest";

import { publicInvalidation } from "~/server/http/public-invalidation";
import { getStore } from "../store";
import { invalidatePublicData, publicDataInvalidatedAt } from "./invalidation";

describe("public data invalidation", () => {
  // The store is asked every second in the background: here, only when a test says so.
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ["setInterval"] });
  });

  it("is seen at once in this process, and by other instances through the store", async () => {
    await invalidatePublicData(5_000);
    expect(await publicDataInvalidatedAt(5_001)).toBe(5_000);
    expect(publicInvalidation().at).toBe(5_000);
    expect(await getStore().get("public-data-invalidated-at")).toBe("5000");
  });

  it("picks up another instance's change within a second", async () => {
    await invalidatePublicData(10_000);
    await getStore().set("public-data-invalidated-at", "12000", 60_000);
    expect(await publicDataInvalidatedAt(10_500)).toBe(10_000);
    expect(await publicDataInvalidatedAt(11_001)).toBe(12_000);
  });

  it("gives readers during a check the store's answer, not the time from before it", async () => {
    await invalidatePublicData(20_000);
    await getStore().set("public-data-invalidated-at", "22000", 60_000);
    const readers = [publicDataInvalidatedAt(21_001), publicDataInvalidatedAt(21_002)];
    expect(await Promise.all(readers)).toEqual([22_000, 22_000]);
  });

  it("asks the store every second even when nothing reads, for the front server's page cache", async () => {
    await invalidatePublicData(30_000);
    await getStore().set("public-data-invalidated-at", "32000", 60_000);
    vi.advanceTimersByTime(1_000);
    await publicInvalidation().checking;
    expect(publicInvalidation().at).toBe(32_000);
  });

  it("does not hold readers long when the store does not answer (Redis down)", async () => {
    await invalidatePublicData(40_000);
    const hanging = vi.spyOn(getStore(), "get").mockReturnValue(new Promise(() => undefined));
    const started = performance.now();
    expect(await publicDataInvalidatedAt(41_001)).toBe(40_000);
    expect(performance.now() - started).toBeLessThan(1_000);
    hanging.mockRestore();
  });
});

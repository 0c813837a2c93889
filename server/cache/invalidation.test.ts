import { describe, expect, it } from "vitest";

import { publicInvalidation } from "~/server/http/public-invalidation";
import { getStore } from "../store";
import { invalidatePublicData, publicDataInvalidatedAt } from "./invalidation";

describe("public data invalidation", () => {
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
});

import { describe, expect, it, vi } from "vitest";

import { isStoreUnavailable, StoreUnavailableError } from "./unavailable";

describe("isStoreUnavailable", () => {
  it("recognizes the error thrown by another copy of the module (the front server's store, in a Next.js bundle)", async () => {
    vi.resetModules();
    const other = await import("./unavailable");
    expect(other.StoreUnavailableError).not.toBe(StoreUnavailableError);
    expect(isStoreUnavailable(new other.StoreUnavailableError("Redis store: connection reconnecting"))).toBe(true);
  });

  it("does not take other errors for it", () => {
    expect(isStoreUnavailable(new Error("StoreUnavailableError"))).toBe(false);
    expect(isStoreUnavailable(null)).toBe(false);
  });
});

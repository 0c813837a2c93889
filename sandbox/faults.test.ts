import { describe, expect, it } from "vitest";
import { Faults, faultSchema } from "./faults";

describe("Faults", () => {
  it("fails an exact share of the matching requests", () => {
    const faults = new Faults();
    faults.set(faultSchema.parse({ status: 503, rate: 0.5, pathPrefix: "/reuses/" }));
    const failures = Array.from({ length: 4 }, () => faults.decide("/api/1/reuses/").failure?.kind ?? "ok");
    expect(failures).toEqual(["ok", "status", "ok", "status"]);
    expect(faults.decide("/api/1/datasets/")).toEqual({ delayMs: 0, failure: null });
  });

  it("delays without failing when only a latency is set", () => {
    const faults = new Faults();
    faults.set(faultSchema.parse({ latencyMs: 40 }));
    expect(faults.decide("/api/1/me/")).toEqual({ delayMs: 40, failure: null });
    faults.clear();
    expect(faults.decide("/api/1/me/")).toEqual({ delayMs: 0, failure: null });
  });
});

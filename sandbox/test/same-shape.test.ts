import { describe, expect, it } from "vitest";
import { sameShape } from "./same-shape";

describe("sameShape", () => {
  it("accepts the same keys and types, and extra keys", () => {
    expect(sameShape({ a: 1, b: [{ c: "x" }], extra: true }, { a: 2, b: [{ c: "y" }] })).toBeNull();
  });

  it("reports the path of the first difference", () => {
    expect(sameShape({ a: { b: "1" } }, { a: { b: 1 } })).toBe("$.a.b: expected number, got string");
    expect(sameShape({ a: [{}] }, { a: [{ b: 1 }] })).toBe("$.a[0].b: missing");
  });

  it("lets a null sample accept anything, and free-form maps differ in keys", () => {
    expect(sameShape({ a: "x" }, { a: null })).toBeNull();
    expect(sameShape({ a: null }, { a: "x" })).toBe("$.a: expected string, got null");
    expect(sameShape({ extras: { z: 1 } }, { extras: { y: "2" } }, { freeForm: ["extras"] })).toBeNull();
    expect(
      sameShape({ views_by_months: {} }, { views_by_months: { "2024-08": 1 } }, { freeForm: ["*_by_months"] }),
    ).toBeNull();
  });
});

import { describe, expect, it } from "vitest";

import { badgeLabel, labelOf } from "./labels";

describe("badgeLabel", () => {
  it("names the badges udata knows, and shows any other kind as it is", () => {
    expect(badgeLabel("certified")).toBe("Certifiée");
    expect(badgeLabel("fuzz-example")).toBe("fuzz-example");
  });

  it("shows a kind named like an Object property as it is (never the property)", () => {
    for (const kind of ["constructor", "__proto__", "toString", "hasOwnProperty"]) expect(badgeLabel(kind)).toBe(kind);
  });
});

describe("labelOf", () => {
  it("falls back to the id, whatever it is", () => {
    expect(labelOf([{ id: "api", label: "API" }], "api")).toBe("API");
    expect(labelOf([{ id: "api", label: "API" }], "constructor")).toBe("constructor");
  });
});

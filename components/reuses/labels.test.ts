import { describe, expect, it } from "vitest";

import { labelOf, listedBadges } from "./labels";

describe("listedBadges", () => {
  const kinds = [
    { id: "spotlight", label: "À la une" },
    { id: "award", label: "Primée" },
  ];

  it("shows a reuse's badges with the label the instance lists, and hides the kinds it does not list", () => {
    expect(listedBadges([{ kind: "award" }, { kind: "c3" }], kinds)).toEqual([{ id: "award", label: "Primée" }]);
  });

  it("shows none where the instance lists none (udata 17), nor kinds named like Object properties", () => {
    expect(listedBadges([{ kind: "spotlight" }], [])).toEqual([]);
    expect(listedBadges([{ kind: "constructor" }, { kind: "__proto__" }], kinds)).toEqual([]);
  });
});

describe("labelOf", () => {
  it("falls back to the id, whatever it is", () => {
    expect(labelOf([{ id: "api", label: "API" }], "api")).toBe("API");
    expect(labelOf([{ id: "api", label: "API" }], "constructor")).toBe("constructor");
  });
});

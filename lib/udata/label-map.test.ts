import { describe, expect, it } from "vitest";

import { labelMap } from "./label-map";

describe("labelMap", () => {
  it("gives each id its label", () => {
    const labels = labelMap([
      { id: "api", label: "API" },
      { id: "health", label: "Santé" },
    ]);
    expect([...labels]).toEqual([
      ["api", "API"],
      ["health", "Santé"],
    ]);
    expect(labels.get("constructor")).toBeUndefined();
  });
});

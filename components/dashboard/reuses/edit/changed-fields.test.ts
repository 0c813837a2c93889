import { describe, expect, it } from "vitest";

import { changedFields } from "./changed-fields";

const SAVED = {
  title: "Carte",
  description: "Une carte.",
  type: "visualization",
  topic: "transport_and_mobility",
  url: "https://exemple.fr/carte",
  tags: ["velo"],
};

describe("changedFields", () => {
  it("keeps only the fields that changed, lists compared by value", () => {
    expect(changedFields(SAVED, { ...SAVED, title: "Nouvelle carte", tags: ["velo", "bus"] })).toEqual({
      title: "Nouvelle carte",
      tags: ["velo", "bus"],
    });
  });

  it("is empty when nothing changed", () => {
    expect(changedFields(SAVED, { ...SAVED, tags: ["velo"] })).toEqual({});
  });
});

import { describe, expect, it } from "vitest";

import { FIELD_OF_UPSTREAM, tagSchema } from "./reuse-form-schema";

describe("tagSchema", () => {
  it("takes a tag whose slug udata keeps (3 to 96 letters or digits)", () => {
    for (const tag of ["velo", "Vélo électrique", "open-data", "a".repeat(96)]) {
      expect(tagSchema.safeParse(tag).success, tag).toBe(true);
    }
  });

  it("refuses a tag whose slug udata would refuse: too short once written as a slug", () => {
    for (const tag of ["../", "<<<>>>", "👩‍👩‍👧‍👦", "é!", "   "]) {
      expect(tagSchema.safeParse(tag).success, tag).toBe(false);
    }
  });

  it("refuses a tag of more than 96 characters, or whose slug is longer", () => {
    expect(tagSchema.safeParse("a".repeat(97)).success).toBe(false);
    expect(tagSchema.safeParse("œ".repeat(60)).success).toBe(false);
  });
});

describe("FIELD_OF_UPSTREAM", () => {
  it("places udata's field names, and no name called like an Object property", () => {
    expect(FIELD_OF_UPSTREAM.get("organization")).toBe("producer");
    for (const name of ["constructor", "__proto__", "toString"]) expect(FIELD_OF_UPSTREAM.get(name)).toBeUndefined();
  });
});

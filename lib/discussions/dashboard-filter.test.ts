import { describe, expect, it } from "vitest";

import { discussionsFilterParams } from "./dashboard-filter";

const REUSE = "5c812a16634f416583ed1876";

describe("discussionsFilterParams", () => {
  it("reads the kind of subject and the reuse from the URL's French words", () => {
    expect(discussionsFilterParams({ sur: "reutilisations" })).toEqual({ about: "Reuse", reuse: undefined });
    expect(discussionsFilterParams({ sur: "jeux-de-donnees", reutilisation: REUSE })).toEqual({
      about: "Dataset",
      reuse: REUSE,
    });
    expect(discussionsFilterParams({ sur: ["reutilisations", "jeux-de-donnees"] })).toMatchObject({ about: "Reuse" });
  });

  it("takes what is not a filter for no filter, Object properties included", () => {
    for (const sur of ["Reuse", "constructor", "__proto__", "toString", ""])
      expect(discussionsFilterParams({ sur }), sur).toEqual({ about: undefined, reuse: undefined });
    expect(discussionsFilterParams({ reutilisation: "pas-un-id" })).toEqual({ about: undefined, reuse: undefined });
  });
});

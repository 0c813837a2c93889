import { describe, expect, it } from "vitest";

import { listingDescription, listingTitle } from "./listing-text";
import { clip } from "./page-metadata";
import { translatorFor } from "~/lib/i18n/translator";

const t = translatorFor("listing");

const labels = {
  types: new Map([["api", "API"]]),
  topics: new Map([["health", "Santé"]]),
  organizationName: "ADEME",
};

describe("listingTitle", () => {
  it("names the plain list", () => {
    expect(listingTitle({ tags: [], page: 1 }, labels, t)).toBe("Toutes les réutilisations");
    expect(listingTitle({ tags: [], page: 3 }, labels, t)).toBe("Toutes les réutilisations, page 3");
  });

  it("says what was searched and filtered, with labels", () => {
    const state = { q: "eau", type: "api", topic: "health", organization: "x", tags: ["dvf"], page: 2 } as const;
    expect(listingTitle({ ...state, tags: ["dvf"] }, labels, t)).toBe(
      "Recherche « eau », API, Santé, ADEME, mot-clé dvf, page 2",
    );
  });
});

describe("listingDescription", () => {
  it("counts the results, in French", () => {
    expect(listingDescription({ tags: [], page: 1 }, labels, 3017, t)).toMatch(
      /^3\u202f017 réutilisations des données/,
    );
    expect(listingDescription({ tags: [], page: 1, topic: "health" }, labels, 1, t)).toMatch(
      /^1 réutilisation \(Santé\) :/,
    );
  });
});

describe("clip", () => {
  it("keeps a short text as it is", () => {
    expect(clip("Court.")).toBe("Court.");
  });

  it("cuts a long one at a word, within 160 characters, with an ellipsis", () => {
    const long = "mot ".repeat(60);
    const cut = clip(long);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut).toMatch(/mot…$/);
  });
});

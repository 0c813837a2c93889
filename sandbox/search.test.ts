import { describe, expect, it } from "vitest";
import { matchesWords, normalize, queryWords, searchableText } from "./search";

describe("search normalization", () => {
  it("ignores case, accents, ligatures and punctuation", () => {
    expect(normalize("Œuvres d’ÉTÉ — Vélo-Cité !")).toBe("oeuvres d ete velo cite");
  });

  it("needs every word of the query, in the title, description or tags", () => {
    const text = searchableText("Carte des pistes", "Les aménagements cyclables de Lyon", ["velo", "mobilite"]);
    expect(matchesWords(text, queryWords("VÉLO lyon"))).toBe(true);
    expect(matchesWords(text, queryWords("vélo paris"))).toBe(false);
    expect(matchesWords(text, queryWords("  "))).toBe(true);
  });
});

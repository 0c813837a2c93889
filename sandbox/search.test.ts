import { describe, expect, it } from "vitest";
import { matchesWords, normalize, queryPhrases, queryWords, titleHasPhrases } from "./search";

describe("search normalization", () => {
  it("ignores case, accents, ligatures and punctuation", () => {
    expect(normalize("Œuvres d’ÉTÉ — Vélo-Cité !")).toBe("oeuvres d ete velo cite");
  });

  it("needs every word of the query in the text", () => {
    const text = normalize("Carte des pistes — les aménagements cyclables de Lyon");
    expect(matchesWords(text, queryWords("AMÉNAGEMENT lyon"))).toBe(true);
    expect(matchesWords(text, queryWords("aménagement paris"))).toBe(false);
    expect(matchesWords(text, queryWords("  "))).toBe(true);
  });

  it("reads q as udata's quoted phrases, each at the start of a title word", () => {
    expect(queryPhrases("Vélo  covid-19")).toEqual(["velo", "covid 19"]);
    const title = normalize("Suivi COVID-19 : les vélos en Île-de-France");
    expect(titleHasPhrases(title, queryPhrases("velo covid-19"))).toBe(true);
    expect(titleHasPhrases(title, queryPhrases("ile-de-france"))).toBe(true);
    expect(titleHasPhrases(title, queryPhrases("los"))).toBe(false);
    expect(titleHasPhrases(title, queryPhrases("velo paris"))).toBe(false);
  });
});

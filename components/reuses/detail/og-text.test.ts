import { describe, expect, it } from "vitest";

import { ogText } from "./og-text";

describe("ogText", () => {
  it("keeps French text and its punctuation", () => {
    const title = "Où sont les œuvres d’art ? « Carte » des musées — 2024, 10 €…";
    expect(ogText(title, 200)).toBe(title);
  });

  it("leaves out what the bundled font cannot draw (emoji, other scripts, soft hyphens)", () => {
    expect(ogText("Carte 🚲 des pistes 自転車 cyclables\u00ad !", 200)).toBe("Carte des pistes cyclables !");
  });

  it("collapses spaces and cuts long text with an ellipsis", () => {
    expect(ogText("  un\n\tdeux   trois  ", 200)).toBe("un deux trois");
    expect(ogText("a".repeat(50), 10)).toBe(`${"a".repeat(9)}…`);
  });
});

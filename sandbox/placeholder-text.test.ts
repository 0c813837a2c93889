import { describe, expect, it } from "vitest";
import { cleanText, escapeXml, textWidth, wrapText } from "./placeholder-text";

// The sandbox's own text layout for its placeholder images: it imitates no udata code.
describe("placeholder text", () => {
  it("measures with glyph widths: capitals and wide letters take more room, accents none", () => {
    expect(textWidth("MMMM", 100)).toBeGreaterThan(textWidth("iiii", 100) * 2);
    expect(textWidth("été", 50)).toBe(textWidth("ete", 50));
    expect(textWidth("a", 100, 2)).toBeCloseTo(55.6 + 2);
    // An emoji is one grapheme, counted a full em, never split in two.
    expect(textWidth("🚀", 40)).toBe(40);
  });

  it("keeps a short title on one line", () => {
    expect(wrapText("Carte des pharmacies", 688, 56, 2)).toEqual({ lines: ["Carte des pharmacies"], truncated: false });
  });

  it("wraps a long title on two lines at spaces, the second ending with an ellipsis", () => {
    const title =
      "Evolution de la température des rivières sur 58 stations de mesure (France Métropolitaine) - 2009-2022";
    const { lines, truncated } = wrapText(title, 688, 48, 2);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(2);
    const [first = "", second = ""] = lines;
    expect(title.startsWith(`${first} `)).toBe(true);
    // Greedy: the next word would not have fitted on the first line.
    const nextWord = title.slice(first.length + 1).split(" ")[0] ?? "";
    expect(textWidth(`${first} ${nextWord}`, 48)).toBeGreaterThan(688 * 0.95);
    expect(second).toMatch(/[^\s]…$/);
    expect(title.startsWith(`${first} ${second.slice(0, -1)}`)).toBe(true);
    for (const line of lines) expect(textWidth(line, 48)).toBeLessThanOrEqual(688);
  });

  it("cuts a word wider than a line, between graphemes", () => {
    const { lines } = wrapText(`${"x".repeat(200)} 🚀🚀🚀`, 300, 40, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(textWidth(line, 40)).toBeLessThanOrEqual(300);
    expect(lines.join("")).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("makes one line of spaces, tabs and line breaks, and drops what XML forbids", () => {
    expect(cleanText("  Une\n\tcarte\u0001  des\u0000 écoles\uFFFE ")).toBe("Une carte des écoles");
  });

  it("escapes what would end a text node or an attribute", () => {
    expect(escapeXml(`<script>alert("x") & 'y'</script>`)).toBe(
      "&#60;script&#62;alert(&#34;x&#34;) &#38; &#39;y&#39;&#60;/script&#62;",
    );
  });
});

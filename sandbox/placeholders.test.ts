import { describe, expect, it } from "vitest";
import { REUSE_TOPICS, REUSE_TYPES } from "./constants";
import { PICTOGRAMS } from "./placeholder-art";
import { initialsSvg, reuseThumbnailSvg, type ThumbnailReuse } from "./placeholders";

// The sandbox's own placeholder images (data.gouv.fr serves the images its users uploaded): no udata code here.

const REUSE: ThumbnailReuse = {
  id: "5d0a7b4e8b4c4120e2f4d1a3",
  title: "Carte des pharmacies de garde",
  type: "application",
  topic: "health",
  producer: { name: "Agence régionale de santé", kind: "organization" },
};
const HOSTILE = `<script>alert("x")</script> & 'Tom' "Jerry" ]]> <!-- 🚀 é\u0001`;

const ENTITY = /&(?:#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);/y;
const NAME = /[A-Za-z_:][-\w:.]*/y;

/** A strict XML well-formedness check (no XML parser in node_modules): tags, attributes, entities, nesting. */
function assertWellFormed(xml: string): void {
  expect(xml).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
  const open: string[] = [];
  let roots = 0;
  let index = 0;
  const expectText = (text: string) => {
    for (let at = text.indexOf("&"); at >= 0; at = text.indexOf("&", at + 1)) {
      ENTITY.lastIndex = at;
      expect(ENTITY.test(text), `entity at ${text.slice(at, at + 12)}`).toBe(true);
    }
  };
  while (index < xml.length) {
    const lt = xml.indexOf("<", index);
    const text = xml.slice(index, lt < 0 ? xml.length : lt);
    if (open.length === 0) expect(text.trim(), "text outside the root").toBe("");
    expectText(text);
    if (lt < 0) break;
    const gt = xml.indexOf(">", lt);
    expect(gt).toBeGreaterThan(lt);
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith("/")) {
      expect(open.pop(), `closing ${tag}`).toBe(tag.slice(1));
    } else {
      NAME.lastIndex = 0;
      expect(NAME.test(tag), `tag name in <${tag}>`).toBe(true);
      const name = tag.slice(0, NAME.lastIndex);
      const selfClosing = tag.endsWith("/");
      const attributes = tag.slice(name.length, selfClosing ? -1 : undefined);
      expect(attributes, `attributes of <${name}>`).toMatch(/^(?:\s+[A-Za-z_:][-\w:.]*="[^"<]*")*\s*$/);
      const names = [...attributes.matchAll(/([-\w:.]+)="([^"]*)"/g)].map(([, key, value = ""]) => {
        expectText(value);
        return key;
      });
      expect(new Set(names).size, `repeated attribute in <${name}>`).toBe(names.length);
      if (open.length === 0) roots += 1;
      if (!selfClosing) open.push(name);
    }
    index = gt + 1;
  }
  expect(open).toEqual([]);
  expect(roots).toBe(1);
}

/** The text nodes, with the entities the images use decoded. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(([, text = ""]) =>
    text.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))),
  );
}

/** WCAG 2's relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}
function mix(a: string, b: string, share: number): string {
  const channel = (hex: string, at: number) => Number.parseInt(hex.slice(at, at + 2), 16);
  return `#${[1, 3, 5]
    .map((at) => Math.round(channel(a, at) * (1 - share) + channel(b, at) * share))
    .map((value) => value.toString(16).padStart(2, "0"))
    .join("")}`;
}

describe("reuse thumbnails", () => {
  it("checks XML strictly (the check below refuses what a parser refuses)", () => {
    for (const broken of [
      "<svg><text>a & b</text></svg>",
      "<svg><g></svg>",
      '<svg a="1" a="2"/>',
      "<svg><text>x</text></svg><svg/>",
      "<svg a=1/>",
      "<svg>\u0001</svg>",
    ]) {
      expect(() => assertWellFormed(broken), broken).toThrow();
    }
    expect(() => assertWellFormed('<svg a="&#60;"><text>&amp;</text></svg>')).not.toThrow();
  });

  it("is a well-formed 800×450 SVG document, hostile text included", () => {
    for (const svg of [
      reuseThumbnailSvg(REUSE),
      reuseThumbnailSvg({
        ...REUSE,
        title: HOSTILE,
        type: HOSTILE,
        topic: HOSTILE,
        producer: { name: HOSTILE, kind: "user" },
      }),
      initialsSvg(REUSE.id, HOSTILE),
    ]) {
      assertWellFormed(svg);
    }
    expect(reuseThumbnailSvg(REUSE)).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800" height="450"/);
  });

  it("escapes what it writes: no markup from the title, the type or the producer gets through", () => {
    const svg = reuseThumbnailSvg({
      ...REUSE,
      title: HOSTILE,
      type: HOSTILE,
      producer: { name: HOSTILE, kind: "user" },
    });
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<!--");
    expect(svg).not.toContain("\u0001");
    expect(svg).toContain("&#60;script&#62;alert(&#34;x&#34;)");
    expect(texts(svg).join(" ")).toContain(`<script>alert("x")</script> & 'Tom'`);
  });

  it("shows the title on two lines at most, with an ellipsis when it is too long", () => {
    expect(texts(reuseThumbnailSvg({ ...REUSE, title: "Carte des écoles" }))).toContain("Carte des écoles");
    const long = "Base de connaissances sur les produits phytopharmaceutiques à partir de sources ouvertes (C3PO)";
    const lines = texts(reuseThumbnailSvg({ ...REUSE, title: `${long} ${long}` })).filter(
      (line) => line !== "APPLICATION" && line !== "Agence régionale de santé",
    );
    expect(lines).toHaveLength(2);
    expect(lines[0] && long.startsWith(lines[0])).toBe(true);
    expect(lines[1]).toMatch(/…$/);
  });

  it("draws each udata reuse type's own pictogram and French label", () => {
    const drawings = new Set(Object.values(PICTOGRAMS));
    expect(drawings.size).toBe(REUSE_TYPES.length);
    for (const type of REUSE_TYPES) {
      const svg = reuseThumbnailSvg({ ...REUSE, type: type.id });
      expect(svg, type.id).toContain(PICTOGRAMS[type.id]);
      expect(texts(svg), type.id).toContain(type.fr.toLocaleUpperCase("fr"));
      const others = REUSE_TYPES.filter((other) => other.id !== type.id);
      for (const other of others) expect(svg, `${type.id} draws ${other.id}`).not.toContain(PICTOGRAMS[other.id]);
    }
  });

  it("names the producer, an organization or a person, and nobody when there is none", () => {
    expect(texts(reuseThumbnailSvg(REUSE))).toContain("Agence régionale de santé");
    const person = reuseThumbnailSvg({ ...REUSE, producer: { name: "Jeanne d'Arc", kind: "user" } });
    expect(texts(person)).toContain("Jeanne d'Arc");
    const nobody = reuseThumbnailSvg({ ...REUSE, title: "Carte", producer: null });
    expect(texts(nobody)).toEqual(["APPLICATION", "Carte"]);
  });

  it("keeps its text at 4.5:1 or more against every colour of the background, for every topic", () => {
    const topics = [...REUSE_TOPICS.map((topic) => topic.id), "not a topic"];
    for (const svg of [...topics.map((topic) => reuseThumbnailSvg({ ...REUSE, topic })), initialsSvg("a", "B C")]) {
      const stops = [...svg.matchAll(/stop-color="(#[0-9a-f]{6})"/g)].map(([, colour = ""]) => colour);
      const inks = [...svg.matchAll(/<text [^>]*fill="(#[0-9a-f]{6})"/g)].map(([, colour = ""]) => colour);
      const [from = "", to = ""] = stops;
      expect(stops).toHaveLength(2);
      expect(inks.length).toBeGreaterThan(0);
      // Along the gradient, not only at its ends.
      for (const ink of inks) {
        for (let share = 0; share <= 1; share += 0.1)
          expect(contrast(ink, mix(from, to, share))).toBeGreaterThanOrEqual(4.5);
      }
      // The shapes drawn over the background only darken it (black), so the contrast above holds under them.
      expect(svg.match(/-opacity="/g)?.length ?? 0).toBe(
        svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800"') ? 4 : 0,
      );
      for (const [, colour] of svg.matchAll(/(?:fill|stroke)="([^"]+)"\s+(?:fill|stroke)-opacity="[^"]+"/g))
        expect(colour).toBe("#000");
    }
  });
});

/**
 * Text for the placeholder images: cleaned and escaped for SVG, measured with a bold sans-serif's glyph widths
 * and wrapped to the image's width. The sandbox uses Node built-ins only, hence this small measurer rather
 * than a font library: SVG has no text wrapping, so the lines are cut here.
 */

/**
 * Helvetica-Bold's advance widths from Adobe's AFM, in thousandths of an em, for ASCII 32 (space) to 126 (~).
 * Arial Bold and Liberation Sans Bold (the fonts the images ask for) have the same widths.
 */
// prettier-ignore
const ASCII_WIDTHS = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, // 0 to ?
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, // P to _
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, // ` to o
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,      // p to ~
];

/** Common non-ASCII characters of French titles that are not an ASCII letter with an accent. */
const OTHER_WIDTHS: Record<string, number> = {
  "\u2018": 278,
  "\u2019": 278,
  "\u201c": 500,
  "\u201d": 500,
  "«": 556,
  "»": 556,
  "…": 1000,
  "–": 556,
  "—": 1000,
  œ: 944,
  Œ: 1000,
  æ: 889,
  Æ: 1000,
  ß: 611,
  "€": 556,
  "°": 400,
  "\u00a0": 278,
  "\u202f": 200,
};

/** Anything unknown (emoji, other scripts) counts as a full em: wider than most glyphs, so lines never overflow. */
const UNKNOWN_WIDTH = 1000;

/**
 * Fonts differ a little from Helvetica's metrics (hinting, kerning, a fallback font): lines are filled up to
 * this share of the room only.
 */
const SAFETY = 0.95;

const graphemes = new Intl.Segmenter("fr", { granularity: "grapheme" });

function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (part) => part.segment);
}

function graphemeWidth(grapheme: string): number {
  // An accented letter is as wide as its base letter: "é" decomposes into "e" and a combining accent.
  const base = grapheme.normalize("NFD").replace(/\p{M}/gu, "");
  const code = base.length === 1 ? base.charCodeAt(0) : 0;
  if (code >= 32 && code <= 126) return ASCII_WIDTHS[code - 32] ?? UNKNOWN_WIDTH;
  return OTHER_WIDTHS[base] ?? UNKNOWN_WIDTH;
}

/** The width of `text` in pixels, at `fontSize` pixels, plus `letterSpacing` after each character. */
export function textWidth(text: string, fontSize: number, letterSpacing = 0): number {
  return splitGraphemes(text).reduce(
    (width, grapheme) => width + (graphemeWidth(grapheme) * fontSize) / 1000 + letterSpacing,
    0,
  );
}

/** Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/FFFF): a document with one is broken. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** One line of text: what XML forbids removed, runs of spaces, tabs and line breaks made one space. */
export function cleanText(text: string): string {
  return text.replace(NOT_XML, "").replace(/\s+/gu, " ").trim();
}

/** Text made safe for an SVG text node or a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The longest start of `text`, cut between graphemes, no wider than `room`. */
function fittingStart(text: string, room: number, fontSize: number): string {
  let fitted = "";
  let width = 0;
  for (const grapheme of splitGraphemes(text)) {
    width += (graphemeWidth(grapheme) * fontSize) / 1000;
    if (width > room) break;
    fitted += grapheme;
  }
  return fitted;
}

/** `text` cut so that it and an ellipsis fit in `room`: at a space when that keeps most of the line. */
function withEllipsis(text: string, room: number, fontSize: number): string {
  const start = fittingStart(text, room * SAFETY - textWidth("…", fontSize), fontSize);
  const space = start.lastIndexOf(" ");
  const cut =
    space > 0 && textWidth(start.slice(0, space), fontSize) >= room * SAFETY * 0.6 ? start.slice(0, space) : start;
  return `${cut.replace(/[\s,;:.\-–—(]+$/u, "")}…`;
}

/**
 * `text` on at most `maxLines` lines no wider than `room` pixels at `fontSize`: words go to the next line when
 * they do not fit, a word wider than a line is cut, and the last line ends with an ellipsis when text is left
 * (`truncated`).
 */
export function wrapText(
  text: string,
  room: number,
  fontSize: number,
  maxLines: number,
): { lines: string[]; truncated: boolean } {
  const words = cleanText(text).split(" ").filter(Boolean);
  const fits = (line: string) => textWidth(line, fontSize) <= room * SAFETY;
  const lines: string[] = [];
  while (words.length > 0 && lines.length < maxLines) {
    let line = words.shift() ?? "";
    if (!fits(line)) {
      // At least one grapheme, so that a line always moves on.
      const start = fittingStart(line, room * SAFETY, fontSize) || (splitGraphemes(line)[0] ?? "");
      words.unshift(line.slice(start.length));
      line = start;
    }
    while (words.length > 0 && fits(`${line} ${words[0]}`)) line += ` ${words.shift()}`;
    lines.push(line);
  }
  if (words.length === 0) return { lines, truncated: false };
  lines.push(withEllipsis(`${lines.pop() ?? ""} ${words.join(" ")}`, room, fontSize));
  return { lines, truncated: true };
}

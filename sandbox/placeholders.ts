import { ALL_GRADIENTS, gradientOf, PRODUCER_PICTOGRAMS, TEXT_COLOUR, typeArt } from "./placeholder-art";
import { cleanText, escapeXml, textWidth, wrapText } from "./placeholder-text";
import { hashInt } from "./seed/hash";

/**
 * Generated SVG placeholders for the seeded images: reuse thumbnails, organization logos and avatars. They are
 * the sandbox's own, imitating no udata code: data.gouv.fr serves the images its users uploaded. A thumbnail
 * looks like one: the title on two lines at most, the type's pictogram and label, the producer's name, on a
 * gradient keyed by the topic.
 */

const WIDTH = 800;
const HEIGHT = 450;
const MARGIN = 56;
const ROOM = WIDTH - 2 * MARGIN;
/** The title's sizes, largest first: the first on which it fits on two lines, else the last, with an ellipsis. */
const TITLE_SIZES = [56, 48, 42];
// Arial's metrics are the measurer's (Liberation Sans is its twin on Linux). Web fonts such as Marianne do not
// reach an SVG shown through <img>, so asking for one would only change the widths under the measurer's feet.
const FONT = 'font-family="Arial, \'Liberation Sans\', Helvetica, sans-serif" font-weight="700"';

export interface ThumbnailReuse {
  id: string;
  title: string;
  type: string;
  topic: string;
  /** The organization's name, or the owner's full name; null when the reuse has neither. */
  producer: { name: string; kind: keyof typeof PRODUCER_PICTOGRAMS } | null;
}

function svg(width: number, height: number, stops: readonly [string, string], body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<defs><linearGradient id="background" x1="0" y1="0" x2="1" y2="1">',
    `<stop offset="0" stop-color="${stops[0]}"/><stop offset="1" stop-color="${stops[1]}"/>`,
    "</linearGradient></defs>",
    '<rect width="100%" height="100%" fill="url(#background)"/>',
    ...body,
    "</svg>",
  ].join("");
}

/** A 24×24 line drawing placed at (x, y) and `size` pixels wide. */
function pictogram(drawing: string, x: number, y: number, size: number, stroke: string, opacity = 1): string {
  const scale = size / 24;
  return (
    `<g transform="translate(${x} ${y}) scale(${scale})" fill="none" stroke="${stroke}"${opacity < 1 ? ` stroke-opacity="${opacity}"` : ""} ` +
    `stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${drawing}</g>`
  );
}

function text(x: number, y: number, size: number, content: string, extra = ""): string {
  return `<text x="${x}" y="${y}" fill="${TEXT_COLOUR}" font-size="${size}" ${FONT}${extra}>${escapeXml(content)}</text>`;
}

/**
 * Shapes that only darken the background (black, translucent), so that no text loses contrast: two discs and
 * the type's pictogram, large, placed by the id's hash.
 */
function decoration(id: string, drawing: string): string[] {
  const shift = hashInt("placeholder-discs", id) % 160;
  return [
    `<circle cx="${640 + shift}" cy="${40 + shift / 2}" r="230" fill="#000" fill-opacity="0.16"/>`,
    `<circle cx="${720 - shift / 2}" cy="${470}" r="170" fill="#000" fill-opacity="0.12"/>`,
    pictogram(drawing, 540, 130 + (shift % 60), 220, "#000", 0.18),
  ];
}

/** The pill at the top: the type's pictogram and its label in capitals. */
function typeBadge(drawing: string, label: string): string[] {
  const size = 20;
  const spacing = 1.5;
  // udata's labels are short; a type the sandbox does not know is cut to the image's width.
  const [caps = ""] = wrapText(label.toLocaleUpperCase("fr"), ROOM - 120, size, 1).lines;
  const width = 14 + 28 + 12 + textWidth(caps, size, spacing) + 18;
  return [
    `<rect x="${MARGIN}" y="48" width="${Math.round(width)}" height="48" rx="24" fill="#000" fill-opacity="0.28"/>`,
    pictogram(drawing, MARGIN + 14, 58, 28, TEXT_COLOUR),
    text(MARGIN + 54, 79, size, caps, ` letter-spacing="${spacing}"`),
  ];
}

/** The title, on one or two lines, centred in the band between the pill and the producer. */
function titleLines(title: string): string[] {
  const sizes = TITLE_SIZES.map((size) => ({ size, ...wrapText(title, ROOM, size, 2) }));
  const chosen = sizes.find((candidate) => !candidate.truncated) ?? sizes[sizes.length - 1];
  if (!chosen) return [];
  const lineHeight = Math.round(chosen.size * 1.18);
  // A little below the middle of the band between the pill (bottom at 96) and the producer's rule (at 352):
  // a title's capitals sit high in its line box.
  const middle = 238;
  const firstBaseline = middle - (chosen.lines.length * lineHeight) / 2 + chosen.size * 0.82;
  return chosen.lines.map((line, index) =>
    text(MARGIN, Math.round(firstBaseline + index * lineHeight), chosen.size, line),
  );
}

function producerLine(producer: ThumbnailReuse["producer"]): string[] {
  const name = cleanText(producer?.name ?? "");
  if (!name) return [];
  const size = 26;
  const room = ROOM - 40;
  const [fitted = ""] = wrapText(name, room, size, 1).lines;
  return [
    `<rect x="${MARGIN}" y="352" width="48" height="4" rx="2" fill="${TEXT_COLOUR}"/>`,
    pictogram(PRODUCER_PICTOGRAMS[producer?.kind ?? "user"], MARGIN, 378, 28, TEXT_COLOUR),
    text(MARGIN + 40, 401, size, fitted),
  ];
}

/** A reuse's thumbnail, 800×450 (16:9, as the app shows reuse images). */
export function reuseThumbnailSvg(reuse: ThumbnailReuse): string {
  const art = typeArt(reuse.type);
  return svg(WIDTH, HEIGHT, gradientOf(reuse.topic), [
    ...decoration(reuse.id, art.pictogram),
    ...typeBadge(art.pictogram, art.label),
    ...titleLines(reuse.title),
    ...producerLine(reuse.producer),
  ]);
}

function initials(text: string): string {
  const words = text.split(/[\s'’-]+/).filter((word) => /^\p{L}/u.test(word));
  return words
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join("");
}

/** A square with initials, 500×500: organization logos and avatars. */
export function initialsSvg(id: string, label: string): string {
  const stops = ALL_GRADIENTS[hashInt("placeholder", id) % ALL_GRADIENTS.length] ?? gradientOf("others");
  return svg(500, 500, stops, [
    `<text x="50%" y="50%" dominant-baseline="central" text-anchor="middle" fill="${TEXT_COLOUR}" font-size="180" ${FONT}>${escapeXml(initials(label) || "?")}</text>`,
  ]);
}

import { hashInt } from "./seed/hash";

/**
 * Generated SVG placeholders for the seeded images (reuse images, organization logos, avatars): a
 * colour derived from the id, and the title or initials, so that each image is recognisable.
 */
const COLOURS = [
  "#000091",
  "#6a6af4",
  "#009081",
  "#c9191e",
  "#716043",
  "#a558a0",
  "#e1000f",
  "#417dc4",
  "#169b62",
  "#b34000",
];

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function initials(text: string): string {
  const words = text.split(/[\s'’-]+/).filter((word) => /^\p{L}/u.test(word));
  return words
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join("");
}

/** A wide image with the title (reuses), or a square with initials (logos, avatars). */
export function placeholderSvg(id: string, label: string, square: boolean): string {
  const colour = COLOURS[hashInt("placeholder", id) % COLOURS.length] ?? "#000091";
  const [width, height] = square ? [500, 500] : [800, 450];
  const text = square ? initials(label) || "?" : label.length > 60 ? `${label.slice(0, 57)}…` : label;
  const size = square ? 180 : 32;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="${colour}"/>`,
    `<text x="50%" y="50%" dominant-baseline="middle" text-anchor="middle" fill="#fff" font-family="Marianne, Arial, sans-serif" font-size="${size}">${escape(text)}</text>`,
    "</svg>",
  ].join("");
}

/**
 * Full-text matching as the listing's `q` does it: every word of the query must appear in the title,
 * description or tags, ignoring case and accents.
 */
export function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function queryWords(query: string): string[] {
  return normalize(query).split(" ").filter(Boolean);
}

/** `text` must already be normalized. */
export function matchesWords(text: string, words: readonly string[]): boolean {
  return words.every((word) => text.includes(word));
}

export function searchableText(title: string, description: string, tags: readonly string[]): string {
  return normalize(`${title} ${description} ${tags.join(" ")}`);
}

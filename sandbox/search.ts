/** Text matching for `q`: case, accents and punctuation ignored. */
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

/**
 * The v1 reuse listing's `q` (udata/api_fields.py `apply_sort_filters`): every space-separated piece is quoted
 * as a phrase and searched with MongoDB's text index, which covers the title only (`$title`). Normalized here.
 */
export function queryPhrases(query: string): string[] {
  return query.split(" ").map(normalize).filter(Boolean);
}

/**
 * Every phrase occurs in the normalized title, starting at a word: MongoDB wants the phrase in the text and
 * its words among the title's stemmed terms, which a word's beginning stands in for.
 */
export function titleHasPhrases(normalizedTitle: string, phrases: readonly string[]): boolean {
  const padded = ` ${normalizedTitle}`;
  return phrases.every((phrase) => padded.includes(` ${phrase}`));
}

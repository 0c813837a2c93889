import { matchesWords, normalize, queryWords } from "./search";

/**
 * Relevance as udata's search service scores a reuse (udata_search_service/search_clients.py
 * `ElasticClient.query_reuses`), in a small in-memory form. Its three `should` clauses:
 * - a phrase (id or title ×15, description or organization name ×8) and
 * - every word in some field (cross fields: id or title ×7, description or organization name ×4),
 *   both multiplied by the popularity functions;
 * - every word in the title, every word in the organization name (1 each).
 * No BM25, stemming or fuzziness: a field that matches counts its boost once. Fields are normalized texts.
 */
export interface SearchFields {
  id: string;
  title: string;
  description: string;
  organization: string;
}

export interface TextScore {
  /** The part the popularity functions multiply. */
  boosted: number;
  plain: number;
}

/** Common French stop words, left out of queries as the index's `french_stop` filter does. */
const STOP_WORDS = new Set(
  (
    "a au aux avec c ce ces d dans de des du elle en et il j l la le les leur lui m ma mais me mes n ne nos " +
    "notre ou par pas pour qu que qui s sa se ses son sur t ta te tes un une vos votre y"
  ).split(" "),
);

export function searchWords(query: string): string[] {
  return queryWords(query).filter((word) => !STOP_WORDS.has(word));
}

function fieldBoost(fields: SearchFields, text: string, high: number, low: number): number {
  if (fields.id === text || fields.title.includes(text)) return high;
  return fields.description.includes(text) || fields.organization.includes(text) ? low : 0;
}

/** `null` when no clause matches: the reuse is not a result. */
export function textScore(fields: SearchFields, query: string, words: readonly string[]): TextScore | null {
  const phrase = normalize(query);
  const phraseBoost = phrase ? fieldBoost(fields, phrase, 15, 8) : 0;
  const crossBoosts = words.map((word) => fieldBoost(fields, word, 7, 4));
  const everyWord = words.length > 0 && crossBoosts.every((boost) => boost > 0);
  const plain =
    (everyWord && matchesWords(fields.title, words) ? 1 : 0) +
    (everyWord && matchesWords(fields.organization, words) ? 1 : 0);
  if (phraseBoost === 0 && !everyWord) return null;
  const crossBoost = everyWord ? crossBoosts.reduce((sum, boost) => sum + boost, 0) : 0;
  return { boosted: phraseBoost + crossBoost, plain };
}

/**
 * The popularity functions, multiplied (Elasticsearch's default score mode), on the indexed values: views,
 * followers and the organization's followers as ln(n + 2) (`log2p`), `featured` as 0 or 1 — so a reuse that is
 * not featured scores 0 here, as in udata — and archived reuses × 0.2.
 */
export function popularity(reuse: {
  views: number;
  followers: number;
  organizationFollowers: number;
  featured: boolean;
  archived: boolean;
}): number {
  const log2p = (value: number) => Math.log(value + 2);
  return (
    Math.sqrt(4 * log2p(reuse.views)) *
    Math.sqrt(4 * log2p(reuse.followers)) *
    Math.sqrt(log2p(reuse.organizationFollowers)) *
    (reuse.featured ? 1 : 0) *
    (reuse.archived ? 0.2 : 1)
  );
}

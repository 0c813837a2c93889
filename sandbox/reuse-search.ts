import { VersionedCache } from "./cache";
import { type ReuseRecord } from "./model";
import { normalize } from "./search";
import { type SearchFields, popularity, searchWords, textScore } from "./search-relevance";
import { compare } from "./sorting";
import { type Store } from "./store";
import { isVisible } from "./visibility";

/**
 * `GET /api/2/reuses/search/` (udata/core/reuse/search.py `ReuseSearch`, run by udata's search service): only
 * visible reuses, the adapter's filters, relevance or one of its sorts. Results are cached per query and store
 * version, like the v1 listing's.
 */
const SEARCH_SORT_VALUES = {
  created: (reuse: ReuseRecord) => reuse.created_at,
  datasets: (reuse: ReuseRecord) => reuse.datasets.length,
  followers: (reuse: ReuseRecord) => reuse.metrics.followers,
  views: (reuse: ReuseRecord) => reuse.metrics.views,
};
type SearchSort = keyof typeof SEARCH_SORT_VALUES;
export const SEARCH_SORT_CHOICES = Object.keys(SEARCH_SORT_VALUES).flatMap((key) => [key, `-${key}`]);

/** `last_update_range`: Elasticsearch date math, rounded down to the day (`now-30d/d`). */
const LAST_UPDATE_RANGES = {
  last_30_days: (date: Date) => date.setUTCDate(date.getUTCDate() - 30),
  last_12_months: (date: Date) => date.setUTCMonth(date.getUTCMonth() - 12),
  last_3_years: (date: Date) => date.setUTCFullYear(date.getUTCFullYear() - 3),
};
export const LAST_UPDATE_RANGE_CHOICES = Object.keys(LAST_UPDATE_RANGES);

/** udata/core/organization/constants.py `PRODUCER_TYPES`; the producer badges are all but `user`, `not-specified`. */
export const PRODUCER_TYPES = ["public-service", "association", "company", "local-authority", "user", "not-specified"];

export interface ReuseSearchQuery {
  q: string;
  tags: string[];
  organization: string | null;
  organizationBadge: string | null;
  owner: string | null;
  type: string | null;
  badge: string | null;
  featured: boolean | null;
  topic: string | null;
  archived: boolean | null;
  producerType: string | null;
  lastUpdateRange: string | null;
  sort: string | null;
}

function rangeStart(range: string | null, now: number): number | null {
  const shift = range ? LAST_UPDATE_RANGES[range as keyof typeof LAST_UPDATE_RANGES] : undefined;
  if (!shift) return null;
  const date = new Date(now);
  date.setUTCHours(0, 0, 0, 0);
  return shift(date);
}

interface Hit {
  reuse: ReuseRecord;
  score: number;
}

export class ReuseSearch {
  private readonly results: VersionedCache<string, ReuseRecord[]>;
  private readonly texts = new WeakMap<ReuseRecord, { stamp: string; fields: SearchFields }>();

  constructor(private readonly store: Store) {
    this.results = new VersionedCache(() => store.version, 1000);
  }

  find(query: ReuseSearchQuery, now = Date.now()): ReuseRecord[] {
    const since = rangeStart(query.lastUpdateRange, now);
    return this.results.get(JSON.stringify([query, since]), () => {
      const words = searchWords(query.q);
      const hits: Hit[] = [];
      for (const reuse of this.store.state.reuses) {
        if (!isVisible(reuse) || !this.matches(reuse, query, since)) continue;
        const score = this.score(reuse, query.q, words);
        if (score !== null) hits.push({ reuse, score });
      }
      return hits.sort(this.order(query.sort)).map((hit) => hit.reuse);
    });
  }

  /** The asked sort, then the score; without a sort, the score. Ties (Elasticsearch's index order) by -created. */
  private order(sort: string | null): (a: Hit, b: Hit) => number {
    const value = sort ? SEARCH_SORT_VALUES[sort.replace(/^-/, "") as SearchSort] : undefined;
    const direction = sort?.startsWith("-") ? -1 : 1;
    return (a, b) =>
      (value ? direction * compare(value(a.reuse), value(b.reuse)) : 0) ||
      b.score - a.score ||
      compare(b.reuse.created_at, a.reuse.created_at) ||
      compare(a.reuse.id, b.reuse.id);
  }

  private score(reuse: ReuseRecord, q: string, words: readonly string[]): number | null {
    const organization = reuse.organization ? this.store.organization(reuse.organization) : undefined;
    const boost = popularity({
      views: reuse.metrics.views,
      followers: reuse.metrics.followers,
      organizationFollowers: organization?.metrics.followers ?? 0,
      featured: reuse.featured === true,
      archived: reuse.archived !== null,
    });
    if (!q.trim()) return boost;
    const text = textScore(this.fields(reuse, organization?.name ?? ""), q, words);
    return text && boost * text.boosted + text.plain;
  }

  /** Normalized texts, kept while the reuse's `last_modified` and its organization's name stay the same. */
  private fields(reuse: ReuseRecord, organizationName: string): SearchFields {
    const stamp = `${reuse.last_modified}\u0000${organizationName}`;
    const cached = this.texts.get(reuse);
    if (cached?.stamp === stamp) return cached.fields;
    const fields = {
      id: reuse.id,
      title: normalize(reuse.title),
      description: normalize(reuse.description),
      organization: normalize(organizationName),
    };
    this.texts.set(reuse, { stamp, fields });
    return fields;
  }

  private matches(reuse: ReuseRecord, query: ReuseSearchQuery, since: number | null): boolean {
    return (
      query.tags.every((tag) => reuse.tags.includes(tag)) &&
      (!query.organization || reuse.organization === query.organization) &&
      (!query.organizationBadge || this.organizationBadges(reuse).includes(query.organizationBadge)) &&
      (!query.owner || reuse.owner === query.owner) &&
      (!query.type || reuse.type === query.type) &&
      (!query.badge || reuse.badges.some((badge) => badge.kind === query.badge)) &&
      (query.featured === null || (reuse.featured === true) === query.featured) &&
      (!query.topic || reuse.topic === query.topic) &&
      (query.archived === null || (reuse.archived !== null) === query.archived) &&
      (!query.producerType || this.producerTypes(reuse).includes(query.producerType)) &&
      (since === null || Date.parse(reuse.last_modified) >= since)
    );
  }

  private organizationBadges(reuse: ReuseRecord): string[] {
    const organization = reuse.organization ? this.store.organization(reuse.organization) : undefined;
    return organization?.badges.map((badge) => badge.kind) ?? [];
  }

  /** udata/core/organization/helpers.py `get_producer_type`. */
  private producerTypes(reuse: ReuseRecord): string[] {
    if (reuse.organization) {
      const producers = this.organizationBadges(reuse).filter((kind) => PRODUCER_TYPES.slice(0, 4).includes(kind));
      return producers.length > 0 ? producers : ["not-specified"];
    }
    return reuse.owner ? ["user"] : [];
  }
}

import { VersionedCache } from "./cache";
import { type ReuseRecord } from "./model";
import { normalize, queryPhrases, titleHasPhrases } from "./search";
import { compare } from "./sorting";
import { type Store } from "./store";
import { type Caller, isListedFor } from "./visibility";

/**
 * In-memory indexes of the reuse listing: one pre-sorted array per sort key, a normalized title per reuse
 * (what `q` searches, as udata's text index), and the results of recent queries (with their totals), all dropped on any write.
 */
const SORT_VALUES = {
  title: (reuse: ReuseRecord) => reuse.title,
  created: (reuse: ReuseRecord) => reuse.created_at,
  last_modified: (reuse: ReuseRecord) => reuse.last_modified,
  datasets: (reuse: ReuseRecord) => reuse.datasets.length,
  followers: (reuse: ReuseRecord) => reuse.metrics.followers,
  views: (reuse: ReuseRecord) => reuse.metrics.views,
};

export type SortKey = keyof typeof SORT_VALUES;
const SORT_KEYS = Object.keys(SORT_VALUES) as SortKey[];
export const SORT_CHOICES = [...SORT_KEYS, ...SORT_KEYS.map((key) => `-${key}`)];

export interface ReuseQuery {
  q: string | null;
  type: string | null;
  topic: string | null;
  tags: string[];
  dataset: string | null;
  organization: string | null;
  owner: string | null;
  /** `false` lists the reuses whose `featured` is false (MongoDB's `featured=False`: not the null ones). */
  featured: boolean | null;
  /** udata's `private` filter (`filterable={}` on the model): only seen in the caller's own hidden reuses. */
  private: boolean | null;
  /** A sort choice: a key, descending with a leading `-`. */
  sort: string;
}

export class ReuseIndex {
  private readonly sorted: VersionedCache<SortKey, ReuseRecord[]>;
  private readonly results: VersionedCache<string, ReuseRecord[]>;
  private readonly titles = new WeakMap<ReuseRecord, { title: string; normalized: string }>();

  constructor(private readonly store: Store) {
    const version = () => store.version;
    this.sorted = new VersionedCache(version);
    this.results = new VersionedCache(version, 1000);
  }

  /** Ascending by the key, ties by id (stable, so descending is the exact reverse). */
  sortedBy(key: SortKey): ReuseRecord[] {
    return this.sorted.get(key, () => {
      const value = SORT_VALUES[key];
      return [...this.store.state.reuses].sort((a, b) => compare(value(a), value(b)) || compare(a.id, b.id));
    });
  }

  normalizedTitle(reuse: ReuseRecord): string {
    const cached = this.titles.get(reuse);
    if (cached?.title === reuse.title) return cached.normalized;
    const normalized = normalize(reuse.title);
    this.titles.set(reuse, { title: reuse.title, normalized });
    return normalized;
  }

  /** The reuses the caller may list that match the query, in the asked order. */
  find(query: ReuseQuery, caller: Caller | null): ReuseRecord[] {
    const key = JSON.stringify([query, caller?.user.id ?? null]);
    return this.results.get(key, () => {
      const descending = query.sort.startsWith("-");
      const ordered = this.sortedBy(query.sort.replace(/^-/, "") as SortKey);
      const phrases = query.q ? queryPhrases(query.q) : [];
      const found: ReuseRecord[] = [];
      for (let i = 0; i < ordered.length; i += 1) {
        const reuse = ordered[descending ? ordered.length - 1 - i : i];
        if (reuse && this.matches(reuse, query, phrases) && isListedFor(reuse, caller)) found.push(reuse);
      }
      return found;
    });
  }

  private matches(reuse: ReuseRecord, query: ReuseQuery, phrases: readonly string[]): boolean {
    return (
      (!query.type || reuse.type === query.type) &&
      (!query.topic || reuse.topic === query.topic) &&
      query.tags.every((tag) => reuse.tags.includes(tag)) &&
      (!query.dataset || reuse.datasets.includes(query.dataset)) &&
      (!query.organization || reuse.organization === query.organization) &&
      (!query.owner || reuse.owner === query.owner) &&
      (query.featured === null || reuse.featured === query.featured) &&
      (query.private === null || reuse.private === query.private) &&
      (phrases.length === 0 || titleHasPhrases(this.normalizedTitle(reuse), phrases))
    );
  }
}

/**
 * A memo that forgets everything when the store's version changes (any write), and when it grows past
 * `limit` entries: derived data (sorted lists, search results, rendered datasets) stays correct
 * without tracking what each write touched.
 */
export class VersionedCache<K, V> {
  private readonly entries = new Map<K, V>();
  private seenVersion = -1;

  constructor(
    private readonly version: () => number,
    private readonly limit = 10_000,
  ) {}

  get(key: K, compute: () => V): V {
    const version = this.version();
    if (version !== this.seenVersion) {
      this.entries.clear();
      this.seenVersion = version;
    }
    const cached = this.entries.get(key);
    if (cached !== undefined) return cached;
    const value = compute();
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}

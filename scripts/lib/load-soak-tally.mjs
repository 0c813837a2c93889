// What the soak of `npm run test:load` counts of its answers: requests of each kind (anonymous public pages,
// signed-in dashboard pages, writes), every answer that is not a 200, and the page cache's marks on the anonymous
// pages (`x-page-cache: hit|miss`, set by the front server) for its hit ratio.

/** A fresh tally; `record()` one answer at a time. */
export function createSoakTally() {
  const requests = { page: 0, dashboard: 0, write: 0 };
  const pageCache = { hit: 0, miss: 0, unmarked: 0 };
  /** `"<kind> <status> <path>"` → count, for every answer but a 200. */
  const unexpected = new Map();
  return {
    requests,
    pageCache,
    unexpected,
    /** One answer to a request of `kind` for `path`: its HTTP status and its `x-page-cache` header, if any. */
    record(kind, path, status, pageCacheMark) {
      requests[kind] += 1;
      if (status !== 200) {
        const key = `${kind} ${status} ${path}`;
        unexpected.set(key, (unexpected.get(key) ?? 0) + 1);
      }
      // Only the anonymous pages are cached: a signed-in page or a write is never served from the page cache.
      if (kind !== "page" || status !== 200) return;
      if (pageCacheMark === "hit" || pageCacheMark === "miss") pageCache[pageCacheMark] += 1;
      else pageCache.unmarked += 1;
    },
    /** Answers other than 200 by kind and status: `{ "dashboard 307": 2 }`. */
    unexpectedByKindAndStatus() {
      const counts = {};
      for (const [key, count] of unexpected) {
        const [kind, status] = key.split(" ", 2);
        counts[`${kind} ${status}`] = (counts[`${kind} ${status}`] ?? 0) + count;
      }
      return counts;
    },
  };
}

/** The page cache's hit ratio of the marked answers, as printed: "83.2 % (1234 hits, 250 misses, 0 unmarked)". */
export function describeHitRatio({ hit, miss, unmarked }) {
  const marked = hit + miss;
  const ratio = marked === 0 ? "n/a" : `${((100 * hit) / marked).toFixed(1)} %`;
  return `${ratio} (${hit} hits, ${miss} misses, ${unmarked} unmarked)`;
}

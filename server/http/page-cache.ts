import { gzipSync } from "node:zlib";

/** A public page as the front server keeps it: rendered once, compressed once, served to every visitor. */
export interface CachedPage {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer;
  storedAt: number;
  /**
   * The time of the public data it shows: when its rendering started (the clock counts other instances' writes
   * from a little later than they were made, for the data cache hears of them late: see server/http/main.ts).
   */
  dataAsOf: number;
  /** Its cache tags (server/cache/tags.ts): a write that invalidates one of them after `dataAsOf` drops it. */
  tags: string[];
}

/** Headers that belong to one answer, not to the page. */
const PER_ANSWER = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

/**
 * Answers worth keeping: pages, the pages that say a reuse is missing or gone, and the permanent redirects of
 * an old address to a reuse's current one (the same for everyone; its Location is kept with the headers).
 */
const CACHEABLE_STATUSES = new Set([200, 308, 404, 410]);

export function toCachedPage(
  status: number,
  headers: Record<string, string>,
  body: Buffer,
  { now, dataAsOf = now, tags = [] }: { now: number; dataAsOf?: number; tags?: string[] },
) {
  if (!CACHEABLE_STATUSES.has(status) || "set-cookie" in headers) return undefined;
  const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_ANSWER.has(name)));
  return { status, headers: kept, body, gzip: gzipSync(body), storedAt: now, dataAsOf, tags } satisfies CachedPage;
}

const sizeOf = (page: CachedPage) => page.body.length + page.gzip.length;

/** When any of some cache tags was last invalidated (a TagClock, server/cache/tag-clock.ts). */
export interface TagTimes {
  invalidatedAt(tags: readonly string[]): number;
}

interface PageCacheOptions {
  freshMs: number;
  tags: TagTimes;
  maxEntries: number;
  /** Of the pages kept, plain and compressed: a listing page is about 100 KB of both. */
  maxBytes: number;
  now?: () => number;
}

/**
 * An LRU of rendered public pages, in this process. The data behind them lives in the shared cache
 * (server/cache), which also serves stale data when data.gouv.fr fails, so a page that expires here is rendered
 * again without waiting on data.gouv.fr.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private readonly rendering = new Map<string, Promise<CachedPage | undefined>>();
  private readonly now: () => number;
  private bytes = 0;

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** A page still fresh, and showing public data from after the last invalidation of its tags; or undefined. */
  fresh(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page || this.now() - page.storedAt > this.options.freshMs) return undefined;
    if (page.dataAsOf < this.options.tags.invalidatedAt(page.tags)) return undefined;
    // Map order is insertion order: moving the page to the end makes the first one the least recently used.
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  store(key: string, page: CachedPage): void {
    this.forget(key);
    this.pages.set(key, page);
    this.bytes += sizeOf(page);
    while (this.pages.size > this.options.maxEntries || this.bytes > this.options.maxBytes) {
      const oldest = this.pages.keys().next();
      if (oldest.done) break;
      this.forget(oldest.value);
    }
  }

  private forget(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= sizeOf(page);
  }

  /** The rendering of `key` already under way, if any: concurrent visitors wait for it instead of rendering. */
  pending(key: string): Promise<CachedPage | undefined> | undefined {
    return this.rendering.get(key);
  }

  /** Marks `key` as being rendered until `done` settles. */
  track(key: string, done: Promise<CachedPage | undefined>): void {
    this.rendering.set(key, done);
    // Visitors who waited on a rendering that gave no page all render: the last one tracked stays until it settles.
    void done.finally(() => {
      if (this.rendering.get(key) === done) this.rendering.delete(key);
    });
  }

  get size() {
    return this.pages.size;
  }

  get sizeInBytes() {
    return this.bytes;
  }
}

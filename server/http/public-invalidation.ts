/**
 * When public data last changed (a producer saved, published, deleted… a reuse), as milliseconds since the epoch.
 * Cached answers and pages from before then are not served as fresh. It lives on `globalThis` because two module
 * worlds share this process: the Next.js bundles, which write it (server/cache/invalidation.ts), and the front
 * server (server/http), which reads it for its page cache.
 */
export interface PublicInvalidation {
  at: number;
  /** When the store was last asked for it (other instances may have changed it). */
  checkedAt: number;
  /** That question while it is under way: readers meanwhile wait for its answer. */
  checking?: Promise<void>;
  /** Whether this process asks the store every second, for the page cache (server/cache/invalidation.ts). */
  watched?: boolean;
}

const holder = globalThis as typeof globalThis & { reusesPublicInvalidation?: PublicInvalidation };

export function publicInvalidation(): PublicInvalidation {
  holder.reusesPublicInvalidation ??= { at: 0, checkedAt: 0 };
  return holder.reusesPublicInvalidation;
}

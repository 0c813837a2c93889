import "server-only";

/** The udata API v1 lives under this prefix of `DATAGOUV_URL`. */
export const API_PREFIX = "/api/1";
/** API v2, where udata serves its search endpoints (`/reuses/search/`). */
export const API_V2_PREFIX = "/api/2";

/** Per-attempt time limits (`AbortSignal.timeout`), in milliseconds. */
export const TIMEOUT_MS = {
  /** GET: a page waits for it, so fail fast and let the cache serve stale content. */
  read: 5_000,
  /** POST/PUT/DELETE with a JSON body. */
  write: 10_000,
  /** multipart uploads (images, avatar). */
  upload: 30_000,
} as const;

/** An idempotent GET is retried once, after a random pause in this range (jitter spreads the retries out). */
export const RETRY_JITTER_MS = { min: 100, max: 300 } as const;

/** Upstream statuses worth one retry of a GET: the gateway in front of udata failed, not udata's logic. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/** Former-slug redirects followed for one GET (udata keeps every former slug of an object: see redirects.ts). */
export const MAX_REDIRECTS = 2;

/** Longest accepted API key: longer is not a udata key (and is refused before it reaches a header). */
export const MAX_API_KEY_LENGTH = 1_024;

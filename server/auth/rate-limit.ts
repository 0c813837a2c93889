import "server-only";

import { createHash } from "node:crypto";

import type { Store } from "../store/types";

export interface RateLimitOptions {
  /** Attempts allowed per window. */
  limit: number;
  windowMs: number;
  /** Names the limit (e.g. "sign-in"), so that limits on the same client do not share a counter. */
  prefix: string;
}

export interface RateLimitResult {
  ok: boolean;
  /** Attempts left in the current window. */
  remaining: number;
  /** For a Retry-After header when refused: seconds until the window ends (at least 1); 0 when ok. */
  retryAfterSeconds: number;
}

/**
 * A fixed-window rate limit on the shared store, so that every app instance counts the same attempts (e.g. five
 * sign-in attempts a minute per client address). Client keys are stored as SHA-256 hashes, not in clear. A store
 * failure rejects: the caller decides whether to let the attempt through.
 */
export function createRateLimiter(store: Store, { limit, windowMs, prefix }: RateLimitOptions) {
  return {
    async check(clientKey: string): Promise<RateLimitResult> {
      const hashed = createHash("sha256").update(clientKey).digest("base64url");
      const { count, resetAt } = await store.increment(`rate:${prefix}:${hashed}`, windowMs);
      const ok = count <= limit;
      return {
        ok,
        remaining: Math.max(0, limit - count),
        retryAfterSeconds: ok ? 0 : Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)),
      };
    },
  };
}

import "server-only";

import { cachedRead, cacheKey } from "~/server/cache";

/** Types and topics change with udata releases, not with the catalogue. */
export const LABELS_FRESH_MS = 24 * 60 * 60_000;

/**
 * An anonymous upstream read through the shared cache, keyed by the procedure and its input: every visitor and
 * every instance share the answer (fresh for a minute by default, then stale while revalidated).
 */
export function publicRead<T>(procedure: string, input: unknown, fetcher: () => Promise<T>, freshMs?: number) {
  return cachedRead(cacheKey([procedure, input]), fetcher, freshMs === undefined ? undefined : { freshMs });
}

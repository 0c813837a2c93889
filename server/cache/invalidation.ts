import "server-only";

import { publicInvalidation } from "~/server/http/public-invalidation";
import { getStore } from "../store";

const STORE_KEY = "public-data-invalidated-at";
const KEEP_MS = 365 * 24 * 60 * 60_000;
/** How often an instance looks in the store for another instance's change. */
const CHECK_EVERY_MS = 1_000;

/** When public data last changed, here or on another instance (seen within a second). */
export async function publicDataInvalidatedAt(now = Date.now()): Promise<number> {
  const known = publicInvalidation();
  if (now - known.checkedAt < CHECK_EVERY_MS) return known.at;
  known.checkedAt = now;
  const stored = Number(
    await getStore()
      .get(STORE_KEY)
      .catch(() => null),
  );
  if (Number.isFinite(stored)) known.at = Math.max(known.at, stored);
  return known.at;
}

/**
 * After a producer's change: every public answer cached before now is refetched, and every public page rendered
 * before now rendered again, here at once and on other instances within a second. Older answers are kept as a
 * fallback should data.gouv.fr fail.
 */
export async function invalidatePublicData(now = Date.now()): Promise<void> {
  const known = publicInvalidation();
  known.at = Math.max(known.at, now);
  known.checkedAt = now;
  await getStore().set(STORE_KEY, String(known.at), KEEP_MS);
}

import "server-only";

import { setTimeout as sleep } from "node:timers/promises";

import { type PublicInvalidation, publicInvalidation } from "~/server/http/public-invalidation";
import { getStore } from "../store";

const STORE_KEY = "public-data-invalidated-at";
const KEEP_MS = 365 * 24 * 60 * 60_000;
/** How often an instance looks in the store for another instance's change. */
const CHECK_EVERY_MS = 1_000;
/** How long a reader waits for a check under way: a store that answers does so in a millisecond or two. */
const CHECK_WAIT_MS = 100;

/** When public data last changed, here or on another instance (seen within a second). */
export async function publicDataInvalidatedAt(now = Date.now()): Promise<number> {
  const known = publicInvalidation();
  watchStore(known);
  if (now - known.checkedAt >= CHECK_EVERY_MS) checkStore(known, now);
  // Readers during a check wait for its answer: with the time from before it, a page rendered just after another
  // instance's change would show the old data, and the page cache would keep it. A store that does not answer
  // (Redis down) must not slow pages down, though.
  if (known.checking) await Promise.race([known.checking, sleep(CHECK_WAIT_MS)]);
  return known.at;
}

/** Asks the store for another instance's change; a store that does not answer changes nothing. */
function checkStore(known: PublicInvalidation, now: number) {
  known.checkedAt = now;
  const checking = getStore()
    .get(STORE_KEY)
    .then(
      (stored) => {
        const at = Number(stored);
        if (stored !== null && Number.isFinite(at)) known.at = Math.max(known.at, at);
      },
      () => undefined,
    )
    .finally(() => {
      if (known.checking === checking) known.checking = undefined;
    });
  known.checking = checking;
}

/**
 * The front server's page cache serves pages without rendering them, so without calling the function above: once
 * this process has read public data, it asks the store every second anyway, so that its page cache stops serving
 * pages from before another instance's change within a second too.
 */
function watchStore(known: PublicInvalidation) {
  if (known.watched) return;
  known.watched = true;
  setInterval(() => checkStore(known, Date.now()), CHECK_EVERY_MS).unref();
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

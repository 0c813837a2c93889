import "server-only";

import { setTimeout as sleep } from "node:timers/promises";

import { getStore } from "../store";
import { TagClock } from "./tag-clock";

/** How often the data cache looks in the store for another instance's invalidations. */
const CHECK_EVERY_MS = 1_000;
/** How long a reader waits for a check under way: a store that answers does so in a millisecond or two. */
const CHECK_WAIT_MS = 100;

/**
 * The data cache's clock, in this module world (the Next.js bundles). The front server keeps its own for the
 * page cache, reading the same store (server/http/main.ts), and hears of this process's writes from the answer
 * to the write itself (INVALIDATION_HEADER): nothing is shared through globals.
 */
let clock: TagClock | undefined;
let checkedAt = 0;
let checking: Promise<void> | undefined;

function tagClock(): TagClock {
  clock ??= new TagClock(getStore());
  return clock;
}

/** Asks the store for other instances' invalidations; a store that does not answer changes nothing. */
function check(now: number) {
  checkedAt = now;
  const started = tagClock()
    .sync()
    .catch(() => undefined)
    .finally(() => {
      if (checking === started) checking = undefined;
    });
  checking = started;
}

/**
 * When the tags of a cached answer were last invalidated, here or on another instance (seen within a second):
 * answers cached before then are refetched (and served only if the fetch fails).
 */
export async function tagsInvalidatedAt(now = Date.now()): Promise<(tags: readonly string[]) => number> {
  const known = tagClock();
  if (now - checkedAt >= CHECK_EVERY_MS) check(now);
  // Readers during a check wait for its answer: with what was known before it, a page rendered just after another
  // instance's write would show the old data, and the page cache would keep it. A store that does not answer
  // (Redis down) must not slow pages down, though.
  if (checking) await Promise.race([checking, sleep(CHECK_WAIT_MS)]);
  return (tags) => known.invalidatedAt(tags);
}

/**
 * After a producer's write: cached answers and pages with any of `tags` are refetched and rendered again, here
 * at once and on other instances within a second. Older answers are kept as a fallback should data.gouv.fr fail.
 */
export async function invalidateTags(tags: readonly string[], now = Date.now()): Promise<void> {
  await tagClock().invalidate(tags, now);
}

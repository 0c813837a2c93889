import "server-only";

import { setTimeout as sleep } from "node:timers/promises";

import { getStore } from "../store";
import { TagClock } from "./tag-clock";

/** How long a reader waits for the store: one that answers does so in a millisecond or two. */
const CHECK_WAIT_MS = 100;

/**
 * The data cache's clock, in this module world. Next.js runs route handlers (the writes, through tRPC) and pages
 * in separate module worlds, each with its own copy of this module, and the front server keeps another for the
 * page cache (server/http/main.ts): nothing is shared through globals, every one reads the same store.
 */
let clock: TagClock | undefined;

function tagClock(): TagClock {
  clock ??= new TagClock(getStore());
  return clock;
}

/**
 * When the tags of a cached answer were last invalidated, here or on another instance: answers cached before then
 * are refetched (and served only if the fetch fails). Each read looks in the store (one small read when nothing
 * changed, shared by concurrent readers): a write answered a moment ago, in this process's other module world or
 * on another instance, is seen by every read that starts after it. A store that does not answer (Redis down) must
 * not slow pages down, though: then what is known already.
 */
export async function tagsInvalidatedAt(): Promise<(tags: readonly string[]) => number> {
  const known = tagClock();
  await Promise.race([known.sync().catch(() => undefined), sleep(CHECK_WAIT_MS)]);
  return (tags) => known.invalidatedAt(tags);
}

/**
 * After a producer's write: cached answers and pages with any of `tags` are refetched and rendered again, here
 * at once and on other instances within a second. Older answers are kept as a fallback should data.gouv.fr fail.
 */
export async function invalidateTags(tags: readonly string[], now = Date.now()): Promise<void> {
  await tagClock().invalidate(tags, now);
}

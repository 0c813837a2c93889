import "server-only";

import { setTimeout as sleep } from "node:timers/promises";

import { getReuse, isUpstreamError, organizationRefSchema, reuseSchema, userRefSchema } from "~/server/datagouv";
import { invalidateTags } from "./invalidation";
import { encodeInvalidation, INVALIDATION_HEADER, type ReuseState, TAGS, type WriteEffect, writeTags } from "./tags";
import type { UpstreamCredential } from "~/server/datagouv";

/** All a write's tags need of a reuse. */
const stateSchema = reuseSchema.pick({ id: true, slug: true, private: true, deleted: true }).extend({
  organization: organizationRefSchema.pick({ id: true }).nullable(),
  owner: userRefSchema.pick({ id: true }).nullable(),
});

/** What the write knows of a reuse: its state, absent (undefined), or unknown (data.gouv.fr did not say). */
type Known = ReuseState | undefined | "unknown";

/**
 * How long a write waits to know the reuse before it: beyond that it goes on, and invalidates as if the reuse had
 * been public (a slow data.gouv.fr must not make every write twice as slow).
 */
const STATE_WAIT_MS = 1_500;

type State = ReturnType<(typeof stateSchema)["parse"]>;

const toState = (reuse: State): ReuseState => ({
  id: reuse.id,
  slug: reuse.slug,
  private: reuse.private,
  deleted: reuse.deleted !== null,
  ...(reuse.organization && { organization: reuse.organization.id }),
  ...(reuse.owner && { owner: reuse.owner.id }),
});

/** The reuse as its producer reads it (a draft too). */
async function stateOf(credential: UpstreamCredential, id: string): Promise<Known> {
  const read = getReuse(id, { credential, select: stateSchema }).then(toState, (error: unknown) =>
    isUpstreamError(error) && (error.status === 404 || error.status === 410) ? undefined : ("unknown" as const),
  );
  return Promise.race([read, sleep(STATE_WAIT_MS, "unknown" as const)]);
}

/** The reuse after the write, from its answer when that is the reuse (an update), else as it was. */
function stateAfter(answer: unknown, before: Known): Known {
  const parsed = stateSchema.safeParse(answer);
  return parsed.success ? toState(parsed.data) : before;
}

/** Everything public a reuse can be on: when a write cannot tell whether the reuse was or is public. */
const everywhere = (id: string) => [
  TAGS.reuse(id),
  TAGS.listings,
  TAGS.changingListings,
  TAGS.home,
  TAGS.feed,
  TAGS.sitemap,
  TAGS.reusePages,
];

function tagsOf(id: string, before: Known, after: Known, effect: WriteEffect): string[] {
  if (before === "unknown" && after === "unknown") return everywhere(id);
  if (before === "unknown" || after === "unknown") {
    const known = before === "unknown" ? after : before;
    // Unknown on one side: as if it were public there, the same reuse as on the other side.
    if (known === "unknown" || known === undefined) return everywhere(id);
    return writeTags(known, { ...known, private: false, deleted: false }, "membership");
  }
  return writeTags(before, after, effect);
}

export interface WriteContext {
  credential: UpstreamCredential;
  /** The answer's headers: the front server reads the invalidation there (INVALIDATION_HEADER). */
  resHeaders?: Headers;
}

export interface WriteOptions {
  /** The write deletes the reuse. */
  deletes?: boolean;
  /** Tags the write invalidates too when the reuse is public (e.g. the badge kinds a page shows). */
  also?: readonly string[];
}

/**
 * Runs a producer's `write` of reuse `id`, then invalidates what the public sees of it (see writeTags): here at
 * once, on other instances within a second. The reuse is read before, as its producer sees it, to tell a draft
 * (nothing public changes) from a public reuse, and its old address from its new one; after, it is the write's
 * answer when that is the reuse, else as it was (an image, datasets, badges change neither). A write that fails
 * may have done part of its work (datasets added one by one): its tags are invalidated too.
 */
export async function changedReuse<T>(
  { credential, resHeaders }: WriteContext,
  id: string,
  effect: WriteEffect,
  write: () => Promise<T>,
  { deletes = false, also = [] }: WriteOptions = {},
): Promise<T> {
  const before = await stateOf(credential, id);
  let after = before;
  try {
    const answer = await write();
    after = deletes ? undefined : stateAfter(answer, before);
    return answer;
  } finally {
    const own = tagsOf(id, before, after, effect);
    const tags = own.length > 0 ? [...own, ...also] : [];
    if (tags.length > 0) {
      const at = Date.now();
      await invalidateTags(tags, at);
      resHeaders?.append(INVALIDATION_HEADER, encodeInvalidation({ at, tags }));
    }
  }
}

/** The fields of an update that change what a card and a page show, but not which lists hold the reuse. */
const CONTENT_FIELDS = new Set(["id", "title", "description", "url"]);

/** What an update with these fields changes. */
export function updateEffect(fields: Readonly<Record<string, unknown>>): WriteEffect {
  return Object.keys(fields).every((name) => CONTENT_FIELDS.has(name)) ? "content" : "membership";
}

import "server-only";

import { getReuse, isUpstreamError, organizationRefSchema, reuseSchema, userRefSchema } from "~/server/datagouv";
import { invalidateTags } from "./invalidation";
import { encodeInvalidation, INVALIDATION_HEADER, type ReuseState, TAGS, type WriteEffect, writeTags } from "./tags";

/** All a write's tags need of a reuse. */
const stateSchema = reuseSchema.pick({ id: true, slug: true, private: true, deleted: true }).extend({
  organization: organizationRefSchema.pick({ id: true }).nullable(),
  owner: userRefSchema.pick({ id: true }).nullable(),
});

/** What the write knows of a reuse: its state, absent (undefined), or unknown (data.gouv.fr did not say). */
type Known = ReuseState | undefined | "unknown";

/** The reuse as its producer reads it (a draft too). */
async function stateOf(apiKey: string, id: string): Promise<Known> {
  try {
    const reuse = await getReuse(id, { apiKey, select: stateSchema });
    return {
      id: reuse.id,
      slug: reuse.slug,
      private: reuse.private,
      deleted: reuse.deleted !== null,
      ...(reuse.organization && { organization: reuse.organization.id }),
      ...(reuse.owner && { owner: reuse.owner.id }),
    };
  } catch (error) {
    if (isUpstreamError(error) && (error.status === 404 || error.status === 410)) return undefined;
    return "unknown";
  }
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
  apiKey: string;
  /** The answer's headers: the front server reads the invalidation there (INVALIDATION_HEADER). */
  resHeaders?: Headers;
}

/**
 * Runs a producer's `write` of reuse `id`, then invalidates what the public sees of it (see writeTags): here at
 * once, on other instances within a second. The reuse is read before and after, as its producer sees it, to
 * tell a draft (nothing public changes) from a public reuse, and its old address from its new one. A write that
 * fails may have done part of its work (datasets added one by one): its tags are invalidated too.
 */
export async function changedReuse<T>(
  { apiKey, resHeaders }: WriteContext,
  id: string,
  effect: WriteEffect,
  write: () => Promise<T>,
): Promise<T> {
  const before = await stateOf(apiKey, id);
  try {
    return await write();
  } finally {
    const tags = tagsOf(id, before, await stateOf(apiKey, id), effect);
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

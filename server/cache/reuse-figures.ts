import "server-only";

import { invalidateTags } from "./invalidation";
import { encodeInvalidation, INVALIDATION_HEADER, TAGS } from "./tags";

/**
 * After a visitor's write that changes a figure of a public reuse (its followers): the pages and answers that
 * show the reuse, by id and by slug, are refetched; which lists hold it does not change. `resHeaders` carries the
 * invalidation to this process's page cache (see server/http/front-handler.ts).
 */
export async function changedReuseFigures(reuse: { id: string; slug: string }, resHeaders?: Headers): Promise<void> {
  const tags = [TAGS.reuse(reuse.id), TAGS.reuse(reuse.slug)];
  const at = Date.now();
  await invalidateTags(tags, at);
  resHeaders?.append(INVALIDATION_HEADER, encodeInvalidation({ at, tags }));
}

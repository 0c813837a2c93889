import "server-only";

import { cachedRead, cacheKey } from "~/server/cache";
import { tagsInvalidatedAt } from "~/server/cache/invalidation";
import { rememberReuseIds } from "~/server/cache/reuse-ids";
import { answerTags, type PublicReadName } from "~/server/cache/tags";
import { isUpstreamError } from "~/server/datagouv";

/** Types and topics change with udata releases, not with the catalogue. */
export const LABELS_FRESH_MS = 24 * 60 * 60_000;

/**
 * An anonymous upstream read through the shared cache, keyed by the procedure and its input: every visitor and
 * every instance share the answer (fresh for a minute by default, then stale while revalidated), until a
 * producer's write invalidates one of its tags (server/cache/tags.ts: the reuses it holds, the kind of list).
 */
export async function publicRead<T>(
  procedure: PublicReadName,
  input: unknown,
  fetcher: () => Promise<T>,
  freshMs?: number,
) {
  const notBefore = await tagsInvalidatedAt();
  const read = REUSE_ANSWERS.has(procedure) ? rememberingIds(fetcher) : fetcher;
  return cachedRead(cacheKey([procedure, input]), read, {
    notBefore,
    tags: (value) => answerTags(procedure, input, value),
    isGone,
    ...(freshMs === undefined ? {} : { freshMs }),
  });
}
/** The answers that hold reuses with their id and slug: the slug→id map (server/cache/reuse-ids.ts) learns from them. */
const REUSE_ANSWERS = new Set<PublicReadName>([
  "reuses.get",
  "reuses.list",
  "reuses.suggest",
  "reuses.byProducer",
  "seo.sitemapPage",
]);

function rememberingIds<T>(fetcher: () => Promise<T>): () => Promise<T> {
  return async () => {
    const answer = await fetcher();
    await rememberReuseIds(answer);
    return answer;
  };
}

/** data.gouv.fr says the thing is not there (any more): a deleted or unpublished reuse is not served from cache. */
function isGone(error: unknown): boolean {
  return isUpstreamError(error) && (error.status === 404 || error.status === 410);
}

import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { readReuse } from "~/server/api/routers/public/reuses/detail";
import { reuseProtectedProcedure } from "~/server/api/lib/reuse-procedures";
import { changedReuseFigures } from "~/server/cache/reuse-figures";
import { followReuse, isFollowingReuse, isUpstreamError, unfollowReuse } from "~/server/datagouv";
import { reuseSlugSchema } from "~/lib/udata/vocabulary";

const reuseInput = z.object({ slug: reuseSlugSchema });

/** udata's DELETE answers 404 to someone who does not follow: the wanted state, reached (a retry, another tab). */
async function unfollow(...args: Parameters<typeof unfollowReuse>): Promise<number | null> {
  try {
    return await unfollowReuse(...args);
  } catch (error) {
    if (isUpstreamError(error) && error.status === 404) return null;
    throw error;
  }
}

/**
 * Following a public reuse (udata's FollowAPI), for any signed-in person. The reuse page is the same for
 * everyone: whether this visitor follows is asked here, from the browser, after the page is used.
 */
export const followRouter = {
  /** Whether the signed-in visitor follows the reuse. */
  state: reuseProtectedProcedure.input(reuseInput).query(async ({ ctx, input }) => {
    const reuse = await readReuse(input.slug);
    return { following: await isFollowingReuse(ctx.session.userId, reuse.id) };
  }),

  /**
   * Follows or unfollows; both may be repeated (a retry): following twice is one follow, unfollowing twice one
   * unfollow. Answers the count after it, and has the reuse's pages show it.
   */
  set: reuseProtectedProcedure.input(reuseInput.extend({ following: z.boolean() })).mutation(async ({ ctx, input }) => {
    const reuse = await readReuse(input.slug);
    try {
      const followers = input.following
        ? await followReuse(ctx.credential, reuse.id)
        : await unfollow(ctx.credential, reuse.id);
      return { following: input.following, followers: followers ?? reuse.metrics.followers ?? 0 };
    } finally {
      await changedReuseFigures(reuse, ctx.resHeaders);
    }
  }),
} satisfies TRPCRouterRecord;

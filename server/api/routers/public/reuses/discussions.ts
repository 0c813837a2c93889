import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { discussionMessageSchema, discussionSchema, listDiscussions, userRefSchema } from "~/server/datagouv";
import { publicRead } from "~/server/api/lib/public-read";
import { reusePublicProcedure } from "~/server/api/lib/reuse-procedures";
import { reuseIdOf } from "~/server/cache/reuse-ids";
import { DISCUSSIONS_PAGE_SIZE } from "~/lib/discussions/limits";
import { reuseSlugSchema } from "~/lib/udata/vocabulary";
import { readReuse } from "./detail";

const authorSchema = userRefSchema.pick({ id: true, first_name: true, last_name: true, page: true });

/** All a thread shows (the X-Fields mask of the list). */
const threadSchema = discussionSchema.pick({ id: true, title: true, created: true, closed: true }).extend({
  closed_by: authorSchema.nullable(),
  discussion: z.array(
    discussionMessageSchema.pick({ content: true, posted_on: true }).extend({ posted_by: authorSchema.nullable() }),
  ),
});

/** A page of threads: udata answers 404 past the last one. */
export const discussionsPageSchema = z.number().int().min(1).max(1000);

/** Public reads of a reuse's discussions: anonymous and cached with the reuse's tags (a post invalidates them). */
export const discussionProcedures = {
  /**
   * A page of the reuse's discussions, open and closed, newest first. udata filters them by the reuse's id, and
   * the page knows its slug: the id comes from the slug→id map (server/cache/reuse-ids.ts), so that this read
   * goes out in parallel with the reuse's. Only for a slug the site has never seen is the reuse read first (one
   * round trip more, once: that read fills the map).
   */
  discussions: reusePublicProcedure
    .input(z.object({ slug: reuseSlugSchema, page: discussionsPageSchema.default(1) }))
    .query(async ({ input: { slug, page } }) => {
      const id = (await reuseIdOf(slug)) ?? (await readReuse(slug)).id;
      return publicRead("reuses.discussions", { id, page }, () =>
        listDiscussions({ for: [id], page, page_size: DISCUSSIONS_PAGE_SIZE }, { select: threadSchema }),
      );
    }),
} satisfies TRPCRouterRecord;

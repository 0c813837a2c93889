import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import {
  commentDiscussion,
  getDiscussion,
  listDiscussions,
  startDiscussion,
  type Discussion,
  type UpstreamCredential,
} from "~/server/datagouv";
import { idempotentPost } from "~/server/api/lib/idempotent-post";
import { protectedProcedure } from "~/server/api/trpc";
import { invalidateTags } from "~/server/cache/invalidation";
import { encodeInvalidation, INVALIDATION_HEADER, TAGS } from "~/server/cache/tags";
import { DISCUSSION_LIMITS } from "~/lib/discussions/limits";
import { objectIdSchema, reuseSlugSchema } from "~/lib/udata/vocabulary";

/** One per form submission, kept by its retries (see idempotent-post.ts). */
const requestIdSchema = z.string().regex(/^[0-9a-f]{32}$/);
const commentSchema = z.string().trim().max(DISCUSSION_LIMITS.comment);
/** The reuse discussed, when it is one: its public pages are invalidated (by id and by the slug of their address). */
const reuseSchema = z.object({ id: objectIdSchema, slug: reuseSlugSchema });

const startInput = z.object({
  requestId: requestIdSchema,
  reuse: reuseSchema,
  title: z.string().trim().min(1).max(DISCUSSION_LIMITS.title),
  comment: commentSchema.min(1),
});

const replyInput = z
  .object({
    requestId: requestIdSchema,
    discussion: objectIdSchema,
    comment: commentSchema,
    close: z.boolean().default(false),
    reuse: reuseSchema.optional(),
  })
  .refine((input) => input.close || input.comment.length > 0, { path: ["comment"] });

const sameText = (a: string, b: string) => a.trim() === b.trim();
const since = (date: string, from: number) => Date.parse(date) >= from;

/** The pages and answers that show the reuse's discussions show the post at once (the reuse's tags). */
async function invalidateReuse(reuse: z.output<typeof reuseSchema> | undefined, resHeaders: Headers | undefined) {
  if (!reuse) return;
  const tags = [TAGS.reuse(reuse.id), TAGS.reuse(reuse.slug)];
  const at = Date.now();
  await invalidateTags(tags, at);
  resHeaders?.append(INVALIDATION_HEADER, encodeInvalidation({ at, tags }));
}

/** A comment of this user with this text, posted since `from`, in the thread (a lost answer's post). */
async function hasComment(credential: UpstreamCredential, id: string, userId: string, text: string, from: number) {
  const thread = await getDiscussion(id, { credential });
  return thread.discussion.some(
    (message) => message.posted_by?.id === userId && sameText(message.content, text) && since(message.posted_on, from),
  );
}

/** A discussion this user started on the reuse with this title and text since `from`. */
async function startedDiscussion(
  credential: UpstreamCredential,
  input: z.output<typeof startInput>,
  userId: string,
  from: number,
) {
  const recent = await listDiscussions({ for: [input.reuse.id], sort: "-created", page_size: 20 }, { credential });
  const found = recent.data.find(
    (item: Discussion) =>
      item.user?.id === userId &&
      item.title.trim() === input.title &&
      since(item.created, from) &&
      sameText(item.discussion[0]?.content ?? "", input.comment),
  );
  return found?.id ?? null;
}

/** Starting, answering and closing discussions, as the signed-in user (a key or a data.gouv.fr session). */
export const discussionsRouter = {
  /** Who is looking, for the discussion forms: closing is offered to the reuse's owners and site admins. */
  viewer: protectedProcedure.query(({ ctx }) => ({
    userId: ctx.session.userId,
    isAdmin: ctx.session.roles.includes("admin"),
    organizations: ctx.session.organizations.map((organization) => organization.id),
  })),

  /** A new discussion on a reuse, once per request id. */
  start: protectedProcedure.input(startInput).mutation(async ({ ctx, input }) => {
    const { userId } = ctx.session;
    const id = await idempotentPost({
      scope: [userId, input.requestId, "start", input.reuse.id, input.title, input.comment],
      send: async () =>
        (
          await startDiscussion(ctx.credential, {
            title: input.title,
            comment: input.comment,
            subject: { class: "Reuse", id: input.reuse.id },
          })
        ).id,
      find: (from) => startedDiscussion(ctx.credential, input, userId, from),
    });
    await invalidateReuse(input.reuse, ctx.resHeaders);
    return { id };
  }),

  /** An answer, and/or closing (data.gouv.fr refuses closing to others: FORBIDDEN), once per request id. */
  reply: protectedProcedure.input(replyInput).mutation(async ({ ctx, input }) => {
    const { userId } = ctx.session;
    const { discussion, comment, close } = input;
    await idempotentPost({
      scope: [userId, input.requestId, "reply", discussion, comment, String(close)],
      send: async () =>
        (await commentDiscussion(ctx.credential, discussion, comment ? { comment, close } : { close: true })).id,
      find: async (from) => {
        if (comment) return (await hasComment(ctx.credential, discussion, userId, comment, from)) ? discussion : null;
        return (await getDiscussion(discussion, { credential: ctx.credential })).closed ? discussion : null;
      },
    });
    await invalidateReuse(input.reuse, ctx.resHeaders);
    return { id: discussion };
  }),
} satisfies TRPCRouterRecord;

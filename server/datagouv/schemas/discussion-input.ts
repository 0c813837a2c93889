import "server-only";

import { z } from "zod";

import { objectIdSchema } from "~/lib/udata/vocabulary";
import { DISCUSSION_LIMITS } from "~/lib/discussions/limits";

/** `GET /discussions/`: udata's generated index parser (`for` repeated, `closed`, `sort`, pages). */
export const discussionListParamsSchema = z.object({
  for: z.array(objectIdSchema).min(1).max(20).optional(),
  closed: z.boolean().optional(),
  sort: z.enum(["created", "-created", "discussion.posted_on", "-discussion.posted_on"]).optional(),
  page: z.number().int().min(1).optional(),
  page_size: z.number().int().min(1).max(100).optional(),
});
export type DiscussionListParams = z.input<typeof discussionListParamsSchema>;

const comment = z.string().trim().min(1).max(DISCUSSION_LIMITS.comment);

/** `POST /discussions/` (`DiscussionStart`). */
export const discussionStartInputSchema = z.object({
  title: z.string().trim().min(1).max(DISCUSSION_LIMITS.title),
  comment,
  subject: z.object({ class: z.enum(["Reuse", "Dataset"]), id: objectIdSchema }),
});
export type DiscussionStartInput = z.input<typeof discussionStartInputSchema>;

/** `POST /discussions/{id}/` (`DiscussionResponse`): a comment, and closing if asked (udata takes either). */
export const discussionCommentInputSchema = z.union([
  z.object({ comment, close: z.boolean().optional() }),
  z.object({ comment: z.literal("").optional(), close: z.literal(true) }),
]);
export type DiscussionCommentInput = z.input<typeof discussionCommentInputSchema>;

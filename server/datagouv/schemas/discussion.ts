import "server-only";

import { z } from "zod";

import { dateTimeSchema, recordSchema } from "./common";
import { userRefSchema } from "./user";

const spamSchema = z.object({ status: z.string().nullable().optional() });

export const discussionMessageSchema = z.object({
  content: z.string(),
  posted_by: userRefSchema.nullable(),
  posted_on: dateTimeSchema,
  spam: spamSchema.optional(),
});
export type DiscussionMessage = z.output<typeof discussionMessageSchema>;

/** One item of `GET /me/org_discussions/`. */
export const discussionSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  created: dateTimeSchema,
  closed: dateTimeSchema.nullable(),
  closed_by: userRefSchema.nullable(),
  /** What is discussed: `{class: "Dataset" | "Reuse" | …, id}`. */
  subject: z.object({ class: z.string(), id: z.string() }),
  user: userRefSchema.nullable(),
  discussion: z.array(discussionMessageSchema),
  extras: recordSchema.optional(),
  spam: spamSchema.optional(),
});
export type Discussion = z.output<typeof discussionSchema>;

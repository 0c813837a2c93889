import "server-only";

import { z } from "zod";

import { dateTimeSchema } from "./common";

/** A user as embedded in other objects (`owner`, `follower`, `posted_by`). */
export const userRefSchema = z.object({
  id: z.string(),
  slug: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  avatar: z.string().nullable(),
  avatar_thumbnail: z.string().nullable(),
  page: z.string(),
  uri: z.string(),
});
export type UserRef = z.output<typeof userRefSchema>;

/** One item of `GET /reuses/{id}/followers/`. */
export const followerSchema = z.object({
  id: z.string(),
  follower: userRefSchema,
  since: dateTimeSchema,
});
export type Follower = z.output<typeof followerSchema>;

/** One item of `GET /users/suggest/` (`user_suggestion_fields`). */
export const userSuggestionSchema = z.object({
  id: z.string(),
  slug: z.string(),
  first_name: z.string(),
  last_name: z.string(),
});

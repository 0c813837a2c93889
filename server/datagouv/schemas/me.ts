import "server-only";

import { z } from "zod";

import { dateTimeSchema, recordSchema } from "./common";
import { organizationRefSchema } from "./organization";

/**
 * `GET /me/`. Deliberately without `apikey` (older udata returns the key here): the parsed user can go to a
 * page or a log without carrying the key.
 */
export const meSchema = z.object({
  id: z.string(),
  slug: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  email: z.string().nullable().optional(),
  avatar: z.string().nullable().optional(),
  avatar_thumbnail: z.string().nullable().optional(),
  website: z.string().nullable().optional(),
  about: z.string().nullable().optional(),
  roles: z.array(z.string()),
  active: z.boolean().optional(),
  organizations: z.array(organizationRefSchema),
  since: dateTimeSchema.nullable().optional(),
  page: z.string(),
  uri: z.string(),
  metrics: recordSchema.optional(),
});
export type Me = z.output<typeof meSchema>;

const name = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine((value) => !/https?:\/\/|www\./i.test(value));

/** `PUT /me/` (udata's UserProfileForm): names without links, an http(s) website or empty, markdown `about`. */
export const meUpdateInputSchema = z
  .object({
    first_name: name,
    last_name: name,
    website: z.union([z.literal(""), z.url({ protocol: /^https?$/ })]).nullable(),
    about: z.string().max(10_000).nullable(),
  })
  .partial();
export type MeUpdateInput = z.input<typeof meUpdateInputSchema>;

/** Answer of udata 15's `POST /me/apikey/`: the new key, to be stored in the key vault and nowhere else. */
export const apiKeySchema = z.object({ apikey: z.string().min(1) });
export type ApiKeyAnswer = z.output<typeof apiKeySchema>;

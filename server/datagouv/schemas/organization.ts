import "server-only";

import { z } from "zod";

import { badgeSchema, dateTimeSchema, recordSchema } from "./common";
import { userRefSchema } from "./user";

/** An organization as embedded in a reuse or a dataset. */
export const organizationRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  acronym: z.string().nullable(),
  logo: z.string().nullable(),
  logo_thumbnail: z.string().nullable(),
  badges: z.array(badgeSchema),
  page: z.string(),
  uri: z.string(),
});
export type OrganizationRef = z.output<typeof organizationRefSchema>;

export const memberSchema = z.object({
  role: z.string(),
  label: z.string().optional(),
  since: dateTimeSchema.nullable(),
  user: userRefSchema.extend({ email: z.string().nullable().optional() }),
});
export type Member = z.output<typeof memberSchema>;

/** `GET /organizations/{id}/`. */
export const organizationSchema = organizationRefSchema.extend({
  description: z.string(),
  url: z.string().nullable().optional(),
  business_number_id: z.string().nullable().optional(),
  created_at: dateTimeSchema,
  last_modified: dateTimeSchema,
  deleted: dateTimeSchema.nullable().optional(),
  extras: recordSchema.optional(),
  members: z.array(memberSchema).optional(),
  // Counters and per-month tables (`datasets_by_months: {…}`, `reuses_by_months: 0`): shapes vary.
  metrics: recordSchema,
});
export type Organization = z.output<typeof organizationSchema>;

/** One item of `GET /organizations/suggest/`. */
export const organizationSuggestionSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  acronym: z.string().nullable().optional(),
  image_url: z.string().nullable().optional(),
  page: z.string().nullable().optional(),
});
export type OrganizationSuggestion = z.output<typeof organizationSuggestionSchema>;

import "server-only";

import { z } from "zod";

import { badgeSchema, dateTimeSchema, recordSchema } from "./common";
import { datasetRefSchema } from "./dataset";
import { reuseMetricsSchema } from "./metrics";
import { organizationRefSchema } from "./organization";
import { userRefSchema } from "./user";

/** A dataservice (API) a reuse uses (udata ≥ 9). */
export const dataserviceRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  self_web_url: z.string().nullable().optional(),
  self_api_url: z.string().nullable().optional(),
});

/**
 * A reuse as `GET /reuses/` and `GET /reuses/{id}/` give it. Written from the 2024 fixtures and the 2026
 * recording: `featured`, `organization`, `owner`, `image`, `archived`, `deleted` can be null; `archived`,
 * `dataservices` and `permissions` are missing from older answers.
 */
export const reuseSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  /** One of REUSE_TYPES today; any string so that a new type does not break a page. */
  type: z.string(),
  /** One of REUSE_TOPICS today; any string for the same reason (null on very old reuses). */
  topic: z.string().nullable(),
  url: z.string(),
  image: z.string().nullable(),
  image_thumbnail: z.string().nullable().optional(),
  tags: z.array(z.string()),
  badges: z.array(badgeSchema),
  datasets: z.array(datasetRefSchema),
  dataservices: z.array(dataserviceRefSchema).optional(),
  organization: organizationRefSchema.nullable(),
  owner: userRefSchema.nullable(),
  featured: z.boolean().nullable(),
  private: z.boolean(),
  archived: dateTimeSchema.nullable().optional(),
  deleted: dateTimeSchema.nullable(),
  created_at: dateTimeSchema,
  last_modified: dateTimeSchema,
  metrics: reuseMetricsSchema,
  extras: recordSchema,
  /** The reuse's page on data.gouv.fr. */
  page: z.string(),
  uri: z.string(),
  /** What the caller may do (udata ≥ 10, and only meaningful with a key). */
  permissions: z.object({ edit: z.boolean(), delete: z.boolean() }).partial().optional(),
});
export type Reuse = z.output<typeof reuseSchema>;

/** One item of `GET /reuses/suggest/`. */
export const reuseSuggestionSchema = z.object({
  id: z.string(),
  title: z.string(),
  slug: z.string(),
  image_url: z.string().nullable().optional(),
  page: z.string().nullable().optional(),
});
export type ReuseSuggestion = z.output<typeof reuseSuggestionSchema>;

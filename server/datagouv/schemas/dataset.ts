import "server-only";

import { z } from "zod";

import { badgeSchema, dateTimeSchema, recordSchema } from "./common";
import { datasetMetricsSchema } from "./metrics";
import { organizationRefSchema } from "./organization";
import { userRefSchema } from "./user";

/**
 * A dataset as embedded in a reuse. Listings embed `{id, title, uri, page}` (older ones `{title, uri, page}`),
 * a single reuse embeds whole datasets: only `title` is always there.
 */
export const datasetRefSchema = z.object({
  id: z.string().optional(),
  title: z.string(),
  slug: z.string().optional(),
  acronym: z.string().nullable().optional(),
  page: z.string().optional(),
  uri: z.string().optional(),
});
export type DatasetRef = z.output<typeof datasetRefSchema>;

const checksumSchema = z.object({ type: z.string(), value: z.string() });
const schemaRefSchema = z.object({
  name: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  version: z.string().nullable().optional(),
});

/** A resource (file, API…) of a dataset; community resources extend it. */
export const resourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  type: z.string(),
  format: z.string().nullable(),
  filetype: z.string(),
  url: z.string(),
  latest: z.string().optional(),
  mime: z.string().nullable().optional(),
  filesize: z.number().nullable().optional(),
  checksum: checksumSchema.nullable().optional(),
  created_at: dateTimeSchema,
  last_modified: dateTimeSchema,
  preview_url: z.string().nullable().optional(),
  schema: schemaRefSchema.nullable().optional(),
  metrics: recordSchema.optional(),
  extras: recordSchema.optional(),
});
export type Resource = z.output<typeof resourceSchema>;

/** `GET /datasets/{id}/`, and the items of `/me/datasets/`, `/me/org_datasets/`. */
export const datasetSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  acronym: z.string().nullable(),
  description: z.string(),
  description_short: z.string().nullable().optional(),
  created_at: dateTimeSchema,
  last_modified: dateTimeSchema,
  last_update: dateTimeSchema.nullable(),
  deleted: dateTimeSchema.nullable(),
  archived: dateTimeSchema.nullable().optional(),
  private: z.boolean(),
  featured: z.boolean().nullable().optional(),
  frequency: z.string().nullable(),
  frequency_date: dateTimeSchema.nullable(),
  license: z.string().nullable(),
  tags: z.array(z.string()),
  badges: z.array(badgeSchema),
  // The 2024 fixtures leave the organization and resources out (kept beside the dataset).
  organization: organizationRefSchema.nullable().optional(),
  owner: userRefSchema.nullable().optional(),
  resources: z.array(resourceSchema).optional(),
  metrics: datasetMetricsSchema,
  quality: recordSchema.optional(),
  spatial: z
    .object({ granularity: z.string().nullable().optional(), zones: z.array(z.string()).optional() })
    .nullable()
    .optional(),
  temporal_coverage: z
    .object({ start: dateTimeSchema.nullable().optional(), end: dateTimeSchema.nullable().optional() })
    .nullable()
    .optional(),
  extras: recordSchema,
  page: z.string(),
  uri: z.string(),
});
export type Dataset = z.output<typeof datasetSchema>;

/** One item of `GET /datasets/suggest/`. */
export const datasetSuggestionSchema = z.object({
  id: z.string(),
  title: z.string(),
  slug: z.string(),
  acronym: z.string().nullable().optional(),
  image_url: z.string().nullable().optional(),
  page: z.string().nullable().optional(),
});
export type DatasetSuggestion = z.output<typeof datasetSuggestionSchema>;

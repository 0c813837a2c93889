import "server-only";

import { z } from "zod";

const count = z.number().optional();

/** `metrics` of a reuse. */
export const reuseMetricsSchema = z.object({
  datasets: count,
  discussions: count,
  followers: count,
  views: count,
});
export type ReuseMetrics = z.output<typeof reuseMetricsSchema>;

/** `metrics` of a dataset. */
export const datasetMetricsSchema = z.object({
  discussions: count,
  followers: count,
  reuses: count,
  views: count,
  resources_downloads: count.nullable(),
});
export type DatasetMetrics = z.output<typeof datasetMetricsSchema>;

const myMetricsObject = z.object({
  id: z.string(),
  datasets_count: count,
  datasets_org_count: count,
  followers_count: count,
  followers_org_count: count,
  resources_availability: count.nullable(),
});

/** `GET /me/metrics/`: documented as a one-item list, served as an object by some versions; both give the object. */
export const myMetricsSchema = z.union([myMetricsObject, z.tuple([myMetricsObject]).transform(([metrics]) => metrics)]);
export type MyMetrics = z.output<typeof myMetricsSchema>;

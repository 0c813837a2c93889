import "server-only";

import { z } from "zod";

import { pageParamsSchema } from "./common";
import { reuseSchema } from "./reuse";
import {
  LAST_UPDATE_RANGES,
  PRODUCER_TYPES,
  REUSE_TOPICS,
  REUSE_TYPES,
  SEARCH_RESULT_WINDOW,
  objectIdSchema,
} from "~/lib/udata/vocabulary";

/**
 * `GET /api/2/reuses/search/` (udata/core/reuse/apiv2.py, search.py): only visible reuses (not private, not
 * deleted, with a dataset), as v1 reuses whose `datasets` and `dataservices` are links to their listings.
 */
export const linkSchema = z.object({ rel: z.string(), href: z.string(), type: z.string(), total: z.number().int() });

export const reuseSearchItemSchema = reuseSchema.extend({ datasets: linkSchema, dataservices: linkSchema });
export type ReuseSearchItem = z.output<typeof reuseSearchItemSchema>;

/** Sort keys of the search (`ReuseSearch.sorts`), each also descending; without one: relevance. */
export const REUSE_SEARCH_SORT_FIELDS = ["created", "datasets", "followers", "views"] as const;
export const REUSE_SEARCH_SORTS = [
  ...REUSE_SEARCH_SORT_FIELDS,
  ...REUSE_SEARCH_SORT_FIELDS.map((field) => `-${field}` as const),
];
export type ReuseSearchSort = (typeof REUSE_SEARCH_SORTS)[number];

const tag = z.string().trim().min(1).max(96);

/** The search's parameters. `tag` may repeat (all must match). */
export const reuseSearchParamsSchema = pageParamsSchema
  .extend({
    q: z.string().trim().min(1).max(200).optional(),
    sort: z.enum(REUSE_SEARCH_SORTS).optional(),
    type: z.enum(REUSE_TYPES).optional(),
    topic: z.enum(REUSE_TOPICS).optional(),
    tag: z.union([tag, z.array(tag).max(10)]).optional(),
    organization: objectIdSchema.optional(),
    owner: objectIdSchema.optional(),
    featured: z.boolean().optional(),
    archived: z.boolean().optional(),
    producer_type: z.enum(PRODUCER_TYPES).optional(),
    last_update_range: z.enum(LAST_UPDATE_RANGES).optional(),
  })
  .refine((params) => (params.page ?? 1) * (params.page_size ?? 20) <= SEARCH_RESULT_WINDOW, {
    path: ["page"],
  });
export type ReuseSearchParams = z.input<typeof reuseSearchParamsSchema>;

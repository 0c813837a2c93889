import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import {
  apiPath,
  fieldsMask,
  listReuseTopics,
  listReuseBadgeKinds,
  listReuseTypes,
  organizationRefSchema,
  reuseMetricsSchema,
  reuseSchema,
  reuseSuggestionSchema,
  searchReuses,
  suggestReuses,
  upstream,
  userRefSchema,
} from "~/server/datagouv";
import { reusePublicProcedure } from "~/server/api/lib/reuse-procedures";
import { localeInput } from "~/server/api/lib/locale-input";
import { LABELS_FRESH_MS, publicRead } from "~/server/api/lib/public-read";
import { reuseListInput, suggestInput, SUGGESTIONS } from "~/lib/reuses/listing-state";
import { REUSE_TOPICS, type ReuseTopic } from "~/lib/udata/vocabulary";
import { ReasonError } from "~/server/api/lib/reason-error";

/** What a listing card shows, and so all that the listing asks udata for (the X-Fields mask). */
const reuseCardSchema = reuseSchema
  .pick({
    id: true,
    slug: true,
    title: true,
    type: true,
    topic: true,
    image: true,
    image_thumbnail: true,
    created_at: true,
    last_modified: true,
  })
  .extend({
    metrics: reuseMetricsSchema.pick({ datasets: true, discussions: true, followers: true, views: true }),
    organization: organizationRefSchema.pick({ id: true, name: true }).nullable(),
    owner: userRefSchema.pick({ id: true, first_name: true, last_name: true }).nullable(),
  });

const reuseSuggestionPick = reuseSuggestionSchema.pick({ id: true, slug: true, title: true });

/** The search (`/api/2/reuses/search/?page_size=1`) masked to `total`: how many reuses match, and nothing else. */
const countSchema = z.object({ total: z.number().int() });
const COUNT_FRESH_MS = 60 * 60_000;

function countReuses(topic: ReuseTopic) {
  return upstream({
    method: "GET",
    version: 2,
    path: apiPath`/reuses/search/`,
    query: { topic, page_size: 1 },
    schema: countSchema,
    fields: fieldsMask(countSchema),
  });
}

/**
 * Public reads: always anonymous, so that answers can be cached and shared between visitors. Lists come from
 * udata's search (API v2), as on data.gouv.fr: only visible reuses, the ones with a dataset.
 */
export const listingProcedures = {
  list: reusePublicProcedure.input(reuseListInput).query(async ({ input }) => {
    // Same filters in another order are the same answer, and the same cache entry.
    const tag = input.tag && [...new Set(input.tag)].sort();
    const key = { ...input, tag };
    const found = await publicRead("reuses.list", key, () =>
      searchReuses(
        {
          page: input.page,
          page_size: input.size,
          q: input.q,
          type: input.type,
          topic: input.topic,
          tag,
          organization: input.organization,
          producer_type: input.producer_type,
          last_update_range: input.last_update_range,
          featured: input.featured,
          // udata orders a search by relevance when it is given no sort (by popularity without a query).
          sort: input.sort ?? (input.q ? undefined : "-created"),
        },
        { select: reuseCardSchema },
      ),
    );
    // The search answers an empty page past the last one; the listing's contract is v1's 404.
    if (found.data.length === 0 && input.page > 1) throw new ReasonError("NOT_FOUND", "notFound");
    return found;
  }),

  /** Title matches as one types in a search box: a few, most followed first. */
  suggest: reusePublicProcedure
    .input(suggestInput)
    .query(({ input }) =>
      publicRead("reuses.suggest", input, () =>
        suggestReuses({ q: input.q, size: SUGGESTIONS }, { select: reuseSuggestionPick }),
      ),
    ),

  /** `[{id, label, total}]`: each topic with the number of public reuses on it, for the home page. */
  topicCounts: reusePublicProcedure.query(() =>
    Promise.all(
      REUSE_TOPICS.map(async (topic) => {
        const { total } = await publicRead("reuses.count", { topic }, () => countReuses(topic), COUNT_FRESH_MS);
        return { topic, total };
      }),
    ),
  ),

  /** `[{id, label}]` with labels in the page's language, for every type and topic known upstream. */
  types: reusePublicProcedure
    .input(localeInput)
    .query(({ input }) => publicRead("reuses.types", input, () => listReuseTypes(input.locale), LABELS_FRESH_MS)),
  topics: reusePublicProcedure
    .input(localeInput)
    .query(({ input }) => publicRead("reuses.topics", input, () => listReuseTopics(input.locale), LABELS_FRESH_MS)),
  /** The badge kinds the instance lists, with their labels: the only ones a page shows. */
  badges: reusePublicProcedure
    .input(localeInput)
    .query(({ input }) => publicRead("reuses.badges", input, () => listReuseBadgeKinds(input.locale), LABELS_FRESH_MS)),
} satisfies TRPCRouterRecord;

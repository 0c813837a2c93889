import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import {
  dataserviceRefSchema,
  datasetRefSchema,
  getReuse,
  listReuseFollowers,
  searchReuses,
  organizationRefSchema,
  reuseMetricsSchema,
  reuseSchema,
  userRefSchema,
} from "~/server/datagouv";
import { reusePublicProcedure } from "~/server/api/lib/reuse-procedures";
import { publicRead } from "~/server/api/lib/public-read";
import { objectIdSchema, reuseSlugSchema } from "~/lib/udata/vocabulary";
import { FOLLOWERS_PAGE_SIZE } from "~/lib/reuses/followers";

/** Everything the detail page, its followers page and its OG image show: the X-Fields mask of `reuses.get`. */
const reuseDetailSchema = reuseSchema
  .pick({
    id: true,
    slug: true,
    title: true,
    description: true,
    type: true,
    topic: true,
    url: true,
    image: true,
    // The embed card's and oEmbed's thumbnail.
    image_thumbnail: true,
    tags: true,
    badges: true,
    featured: true,
    archived: true,
    created_at: true,
    last_modified: true,
    page: true,
  })
  .extend({
    // A single reuse embeds whole datasets (older answers `{title, uri, page}`): only what the list shows.
    datasets: z.array(datasetRefSchema.pick({ id: true, title: true, page: true })),
    // APIs come as references `{class, id, title, self_api_url, self_web_url}`; older answers have none.
    dataservices: z.array(dataserviceRefSchema.pick({ id: true, title: true, self_web_url: true })).default([]),
    // `page`: oEmbed's author_url.
    organization: organizationRefSchema
      .pick({ id: true, name: true, logo: true, logo_thumbnail: true, page: true })
      .nullable(),
    owner: userRefSchema
      .pick({ id: true, first_name: true, last_name: true, avatar: true, avatar_thumbnail: true, page: true })
      .nullable(),
    metrics: reuseMetricsSchema.pick({ followers: true, views: true }),
  });

const followerItemSchema = z.object({
  id: z.string(),
  since: z.string(),
  follower: userRefSchema.pick({ id: true, first_name: true, last_name: true }),
});

/** What a card of "more from the producer" shows (see components/reuses/card/card-data.ts). */
const producerCardSchema = reuseSchema
  .pick({
    id: true,
    slug: true,
    title: true,
    type: true,
    topic: true,
    image: true,
    image_thumbnail: true,
    created_at: true,
  })
  .extend({
    organization: organizationRefSchema.pick({ id: true, name: true }).nullable(),
    owner: userRefSchema.pick({ id: true, first_name: true, last_name: true }).nullable(),
  });

/** Other reuses shown beside one. */
const MORE_FROM_PRODUCER = 3;
/** A page of followers: udata answers 404 past the last one, and nobody browses this far. */
export const followersPageSchema = z.number().int().min(1).max(1000);

const producerSchema = z.object({ kind: z.enum(["organization", "owner"]), id: objectIdSchema });

/** The reuse as its page shows it, anonymously: NOT_FOUND when unknown or private, with upstream status 410 when deleted. */
export function readReuse(slug: string) {
  return publicRead("reuses.get", { slug }, () => getReuse(slug, { select: reuseDetailSchema }));
}

/** Public reads of one reuse: anonymous and cached, so a private or deleted reuse is a 404 or a 410 for everyone. */
export const reuseProcedures = {
  get: reusePublicProcedure.input(z.object({ slug: reuseSlugSchema })).query(({ input }) => readReuse(input.slug)),

  /**
   * A page of the reuse's followers, newest last (udata's order). udata lists the followers of any reuse, private
   * ones included, so the reuse is read first: a private reuse answers as an unknown one, and its followers stay
   * hidden. Its page has read it already, with the same address: that read comes from the cache.
   */
  followers: reusePublicProcedure
    .input(z.object({ slug: reuseSlugSchema, page: followersPageSchema.default(1) }))
    .query(async ({ input: { slug, page } }) => {
      const { id } = await readReuse(slug);
      return publicRead("reuses.followers", { id, page }, () =>
        listReuseFollowers(id, { page, page_size: FOLLOWERS_PAGE_SIZE }, { select: followerItemSchema }),
      );
    }),

  /**
   * Up to 3 other visible reuses (udata's search) of the same organization or owner, newest first. The
   * producer's list is cached once for all its reuses; the one being shown is left out here.
   */
  moreFromProducer: reusePublicProcedure
    .input(z.object({ producer: producerSchema, exclude: objectIdSchema }))
    .query(async ({ input: { producer, exclude } }) => {
      const newest = await publicRead("reuses.byProducer", producer, () =>
        searchReuses(
          { [producer.kind]: producer.id, page_size: MORE_FROM_PRODUCER + 1, sort: "-created" },
          { select: producerCardSchema },
        ),
      );
      return newest.data.filter((reuse) => reuse.id !== exclude).slice(0, MORE_FROM_PRODUCER);
    }),
} satisfies TRPCRouterRecord;

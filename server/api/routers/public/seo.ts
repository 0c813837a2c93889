import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { organizationRefSchema, reuseSchema, searchReuses, userRefSchema } from "~/server/datagouv";
import { MAX_REUSE_SITEMAPS, reuseSitemapCount, UPSTREAM_PAGE_SIZE, upstreamPagesOf } from "~/server/seo/sitemap";
import { publicProcedure } from "~/server/api/trpc";
import { publicRead } from "~/server/api/lib/public-read";
import { ReasonError } from "~/server/api/lib/reason-error";

/** Search engines come back every few hours at most: sitemap pages may be ten minutes old. */
const SITEMAP_FRESH_MS = 10 * 60_000;
/** Entries of the feed. */
const FEED_SIZE = 20;

/** All a sitemap says of a reuse (the X-Fields mask). */
// The id too: the slug→id map learns it (server/cache/reuse-ids.ts).
const sitemapReuseSchema = reuseSchema.pick({ id: true, slug: true, last_modified: true });

/** All the feed says of a reuse. */
const feedReuseSchema = reuseSchema
  .pick({ slug: true, title: true, description: true, created_at: true, last_modified: true })
  .extend({
    organization: organizationRefSchema.pick({ name: true }).nullable(),
    owner: userRefSchema.pick({ first_name: true, last_name: true }).nullable(),
  });

/**
 * One page of 100 visible reuses from udata's search (what data.gouv.fr lists), oldest first: a reuse published
 * later lands on the last page, so pages, and the child sitemaps made of them, keep their content as the
 * catalogue grows.
 */
function sitemapPage(page: number) {
  return publicRead(
    "seo.sitemapPage",
    { page },
    () => searchReuses({ page, page_size: UPSTREAM_PAGE_SIZE, sort: "created" }, { select: sitemapReuseSchema }),
    SITEMAP_FRESH_MS,
  );
}

/** Anonymous, masked and cached reads for the sitemaps and the feed. */
export const seoRouter = {
  /** How many reuses are public, and so how many reuse sitemaps the index names. */
  sitemapIndex: publicProcedure.query(async () => {
    const { total } = await sitemapPage(1);
    return { total, reuseSitemaps: reuseSitemapCount(total) };
  }),

  /** The reuses of one child sitemap (from 1): its upstream pages, fetched in parallel. */
  reuseSitemap: publicProcedure
    .input(z.object({ number: z.number().int().min(1).max(MAX_REUSE_SITEMAPS) }))
    .query(async ({ input }) => {
      // The first page is what the index was made from: nearly always in the cache already.
      const { total } = await sitemapPage(1);
      const pages = upstreamPagesOf(input.number, total);
      if (pages.length === 0 && input.number > 1) throw new ReasonError("NOT_FOUND", "notFound");
      const answers = await Promise.all(pages.map(sitemapPage));
      return answers.flatMap((answer) => answer.data);
    }),

  /** The newest visible reuses, for the Atom feed. */
  feed: publicProcedure.query(async () => {
    const newest = await publicRead("seo.feed", null, () =>
      searchReuses({ page: 1, page_size: FEED_SIZE, sort: "-created" }, { select: feedReuseSchema }),
    );
    return newest.data;
  }),
} satisfies TRPCRouterRecord;

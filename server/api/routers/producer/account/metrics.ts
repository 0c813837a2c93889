import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";

import { getMyMetrics, listMyReuses, reuseSchema } from "~/server/datagouv";
import { protectedProcedure } from "~/server/api/trpc";

const reuseMetricsItemSchema = reuseSchema.pick({ id: true, title: true, deleted: true, metrics: true });

/** `/me/metrics/` and, for the chart, the views and followers of each of the producer's reuses (in parallel). */
export const metricsRouter = {
  get: protectedProcedure.query(async ({ ctx }) => {
    const [counts, reuses] = await Promise.all([
      getMyMetrics(ctx.credential),
      listMyReuses(ctx.credential, { select: reuseMetricsItemSchema }),
    ]);
    return {
      datasets: counts.datasets_count ?? null,
      organizationDatasets: counts.datasets_org_count ?? null,
      followers: counts.followers_count ?? null,
      organizationFollowers: counts.followers_org_count ?? null,
      resourcesAvailability: counts.resources_availability ?? null,
      // Deleted reuses are gone from data.gouv.fr: they have no audience left to show.
      reuses: reuses
        .filter((reuse) => !reuse.deleted)
        .map((reuse) => ({
          id: reuse.id,
          title: reuse.title,
          views: reuse.metrics.views ?? 0,
          followers: reuse.metrics.followers ?? 0,
        }))
        .sort((a, b) => b.views - a.views),
    };
  }),
} satisfies TRPCRouterRecord;

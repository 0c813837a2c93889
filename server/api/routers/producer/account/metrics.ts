import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";

import { getMyMetrics, listMyReuses, reuseSchema } from "~/server/datagouv";
import { protectedProcedure } from "~/server/api/trpc";
import { startMyAudience } from "~/server/api/lib/my-audience";

const reuseMetricsItemSchema = reuseSchema.pick({ id: true, title: true, deleted: true, metrics: true });

/**
 * `/me/metrics/`, the views and followers of each of the producer's reuses, and their monthly visits from the
 * metrics service (my-audience.ts: asked with the list, by the ids remembered from the last visit).
 */
export const metricsRouter = {
  get: protectedProcedure.query(async ({ ctx }) => {
    const finishAudience = await startMyAudience(ctx.session.userId);
    const [counts, reuses] = await Promise.all([
      getMyMetrics(ctx.credential),
      listMyReuses(ctx.credential, { select: reuseMetricsItemSchema }),
    ]);
    // Deleted reuses are gone from data.gouv.fr: they have no audience left to show.
    const live = reuses.filter((reuse) => !reuse.deleted);
    return {
      datasets: counts.datasets_count ?? null,
      organizationDatasets: counts.datasets_org_count ?? null,
      followers: counts.followers_count ?? null,
      organizationFollowers: counts.followers_org_count ?? null,
      resourcesAvailability: counts.resources_availability ?? null,
      reuses: live
        .map((reuse) => ({
          id: reuse.id,
          title: reuse.title,
          views: reuse.metrics.views ?? 0,
          followers: reuse.metrics.followers ?? 0,
        }))
        .sort((a, b) => b.views - a.views),
      audience: await finishAudience(live),
    };
  }),
} satisfies TRPCRouterRecord;

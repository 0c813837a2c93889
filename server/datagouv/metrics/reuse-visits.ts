import "server-only";

import { metricsGet, metricsJson } from "./client";
import { reuseMonthsPageSchema, reuseTotalsPageSchema, type ReuseMonthRow } from "./schemas";

/** The service answers at most 50 rows a page (api-tabular's PAGE_SIZE_MAX). */
const PAGE_SIZE_MAX = 50;

/** A reuse's last `count` months with visits, newest first: cdata's `getReuseMetrics`, first request. */
export async function getReuseMonths(reuseId: string, count: number): Promise<ReuseMonthRow[]> {
  const query = { reuse_id__exact: reuseId, metric_month__sort: "desc", page_size: count };
  return (await metricsJson("/api/reuses/data/", query, reuseMonthsPageSchema)).data;
}

/** All the visits a reuse had since they are counted (cdata's `getReuseMetrics`, second request), or null. */
export async function getReuseTotal(reuseId: string): Promise<number | null> {
  const page = await metricsJson("/api/reuses_total/data/", { reuse_id__exact: reuseId }, reuseTotalsPageSchema);
  return page.data[0]?.visit ?? null;
}

/**
 * The months from `since` ("YYYY-MM") of many reuses at once. `reuse_id__in` takes a list; a page holds 50 rows,
 * so the ids go in groups small enough for one page each (`months` rows a reuse at most), all asked at once:
 * one round trip, never a page after another.
 */
export async function getReusesMonths(
  reuseIds: readonly string[],
  since: string,
  months: number,
): Promise<ReuseMonthRow[]> {
  const perRequest = Math.max(1, Math.floor(PAGE_SIZE_MAX / months));
  const groups: string[][] = [];
  for (let start = 0; start < reuseIds.length; start += perRequest) {
    groups.push(reuseIds.slice(start, start + perRequest));
  }
  const pages = await Promise.all(
    groups.map((ids) =>
      metricsJson(
        "/api/reuses/data/",
        { reuse_id__in: ids.join(","), metric_month__greater: since, page_size: ids.length * months },
        reuseMonthsPageSchema,
      ),
    ),
  );
  return pages.flatMap((page) => page.data);
}

/** The service's CSV of every month of a reuse, oldest first (the admin's link in cdata, `getCsvUrl`). */
export async function getReuseMonthsCsv(reuseId: string): Promise<ReadableStream<Uint8Array> | null> {
  const response = await metricsGet("/api/reuses/data/csv/", { reuse_id__exact: reuseId, metric_month__sort: "asc" });
  return response.body;
}

import "server-only";

import { cachedRead, cacheKey } from "~/server/cache";
import { getReuseMonths, getReuseTotal } from "~/server/datagouv/metrics";
import { lastMonths, monthlySeries, MONTHS_SHOWN, type MonthPoint } from "~/lib/metrics/monthly-series";

/** A reuse's audience as its pages show it, or `available: false` when the metrics service did not answer. */
export type ReuseAudience = { available: true; months: MonthPoint[]; total: number | null } | { available: false };

/** The service is refreshed once a day: an hour-old figure is fresh enough. */
const FRESH_MS = 60 * 60_000;

/**
 * The last 12 complete months of a reuse's visits and its total, as data.gouv.fr's reuse page shows them (both
 * requests at once), through the shared cache: public figures, the same for everyone. The key names the last
 * month, so a new month is asked for anew. A failure is not cached (the cache keeps answers only): the page that
 * says "unavailable" is, for the page cache's few seconds, then the next one asks again.
 */
export async function readReuseAudience(reuseId: string, now: Date = new Date()): Promise<ReuseAudience> {
  const months = lastMonths(now, MONTHS_SHOWN);
  try {
    const [rows, total] = await cachedRead(
      cacheKey(["metrics.reuse", { reuseId, until: months.at(-1) }]),
      () => Promise.all([getReuseMonths(reuseId, MONTHS_SHOWN), getReuseTotal(reuseId)]),
      { freshMs: FRESH_MS },
    );
    return { available: true, months: monthlySeries(rows, months), total };
  } catch {
    return { available: false };
  }
}

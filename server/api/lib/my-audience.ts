import "server-only";

import { rememberedReuseIds, rememberReuseIdsOf } from "~/server/cache/my-reuse-ids";
import { getReusesMonths, type ReuseMonthRow } from "~/server/datagouv/metrics";
import { lastMonths, monthlySeries, MONTHS_SHOWN, type MonthPoint } from "~/lib/metrics/monthly-series";

/** The monthly visits of all of a producer's reuses (summed), and of each; `available: false` when the service failed. */
export type MyAudience =
  | { available: true; months: MonthPoint[]; reuses: { id: string; title: string; months: MonthPoint[] }[] }
  | { available: false };

/** Rows from the service, or null when it did not answer: the rest of the page does without. */
function monthsOf(ids: readonly string[], months: readonly string[]): Promise<ReuseMonthRow[] | null> {
  if (ids.length === 0) return Promise.resolve([]);
  return getReusesMonths(ids, months[0] ?? "", months.length).catch(() => null);
}

/**
 * Starts reading the monthly figures of the producer's reuses known from their last visit, so that they go out
 * with the list of reuses (`finish` is given that list). A reuse new since then is asked for after the list:
 * one round trip more, once (its id is remembered from then on).
 */
export async function startMyAudience(userId: string, now: Date = new Date()) {
  const months = lastMonths(now, MONTHS_SHOWN);
  const known = await rememberedReuseIds(userId);
  const knownRows = monthsOf(known, months);
  return async function finish(reuses: readonly { id: string; title: string }[]): Promise<MyAudience> {
    const ids = reuses.map((reuse) => reuse.id);
    const missing = ids.filter((id) => !known.includes(id));
    if (missing.length > 0 || ids.length !== known.length) await rememberReuseIdsOf(userId, ids);
    const [first, more] = await Promise.all([knownRows, monthsOf(missing, months)]);
    if (first === null || more === null) return { available: false };
    const rows = [...first, ...more];
    return {
      available: true,
      months: monthlySeries(rows, months),
      reuses: reuses.map(({ id, title }) => ({
        id,
        title,
        months: monthlySeries(
          rows.filter((row) => row.reuse_id === id),
          months,
        ),
      })),
    };
  };
}

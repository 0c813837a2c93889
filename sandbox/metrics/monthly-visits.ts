import { fraction, hashInt } from "../seed/hash";

/**
 * The monthly visits of a reuse, as data.gouv.fr's metrics service holds them (the `metric.reuses` view of
 * datagouvfr_data_pipelines: one row per reuse and month that had visits, `metric_month` as "YYYY-MM"). The
 * sandbox keeps no rows: they are derived, the same every time, from the reuse's id, creation date and total
 * views, so that the months sum to `metrics.views` (what `reuses_total` answers as `visit`).
 */
export type MonthlyVisitRow = {
  __id: number;
  reuse_id: string;
  metric_month: string;
  monthly_visit: number;
};

/** cdata's `metricsSince`: data.gouv.fr counts visits from July 2022 on. */
const METRICS_SINCE = { year: 2022, month: 7 };

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`;

/** The months from the later of METRICS_SINCE and the creation, to the last complete month before `now`. */
function countedMonths(createdAt: string, now: Date): string[] {
  const created = new Date(createdAt);
  let year = created.getUTCFullYear();
  let month = created.getUTCMonth() + 1;
  if (Number.isNaN(year) || year * 12 + month < METRICS_SINCE.year * 12 + METRICS_SINCE.month) {
    ({ year, month } = METRICS_SINCE);
  }
  const end = now.getUTCFullYear() * 12 + now.getUTCMonth(); // the current month is not complete: excluded
  const months: string[] = [];
  for (let index = year * 12 + (month - 1); index < end; index++) {
    months.push(monthKey(Math.floor(index / 12), (index % 12) + 1));
  }
  return months;
}

/** Splits `total` over the months by stable weights, largest remainders first, so that the rows sum to it. */
export function monthlyVisits(reuse: { id: string; created_at: string; views: number }, now: Date): MonthlyVisitRow[] {
  const months = countedMonths(reuse.created_at, now);
  const total = Math.max(0, Math.floor(reuse.views));
  if (months.length === 0 || total === 0) return [];
  // A gentle rise over time with month-to-month noise, like a reuse finding its audience.
  const weights = months.map((month, index) => (1 + index / months.length) * (0.4 + fraction(reuse.id, month)));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (weight / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, index) => ({ index, rest: value - Math.floor(value) }));
  byRemainder.sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left-- <= 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return months.flatMap((month, index) => {
    const visits = counts[index] ?? 0;
    // A month without a visit has no row: the view groups the days that had visits.
    const row = { __id: rowId(reuse.id, month), reuse_id: reuse.id, metric_month: month, monthly_visit: visits };
    return visits > 0 ? [row] : [];
  });
}

/** `MIN(__id)` of the daily rows: grows with time (rows are appended day after day), stable per reuse. */
function rowId(reuseId: string, month: string): number {
  const [year = 0, number = 0] = month.split("-").map(Number);
  const since = (year - METRICS_SINCE.year) * 12 + (number - METRICS_SINCE.month);
  return since * 1_000_000 + (hashInt(reuseId) % 1_000_000);
}

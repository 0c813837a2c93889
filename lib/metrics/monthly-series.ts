/** A month's figure in a chart or table: `month` is "YYYY-MM", as data.gouv.fr's metrics service writes it. */
export interface MonthPoint {
  month: string;
  visits: number;
}

/** How many months data.gouv.fr shows on a reuse's page (cdata's `getReuseMetrics`: `page_size=12`). */
export const MONTHS_SHOWN = 12;

const monthKey = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;

/** The `count` complete months before `now` (UTC), oldest first: the current month is still being counted. */
export function lastMonths(now: Date, count: number = MONTHS_SHOWN): string[] {
  const current = now.getUTCFullYear() * 12 + now.getUTCMonth();
  return Array.from({ length: count }, (_, offset) => monthKey(current - count + offset));
}

/**
 * One point per month of `months`, summing the rows of that month (one reuse's rows, or all of a producer's);
 * the service has no row for a month without visits: that month is 0.
 */
export function monthlySeries(
  rows: readonly { metric_month: string; monthly_visit: number | null }[],
  months: readonly string[],
): MonthPoint[] {
  const byMonth = new Map<string, number>();
  for (const row of rows)
    byMonth.set(row.metric_month, (byMonth.get(row.metric_month) ?? 0) + (row.monthly_visit ?? 0));
  return months.map((month) => ({ month, visits: byMonth.get(month) ?? 0 }));
}

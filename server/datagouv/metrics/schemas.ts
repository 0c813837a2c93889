import "server-only";

import { z } from "zod";

/** api-tabular's envelope: `{data, links: {next, prev}, meta: {page, page_size, total}}`. */
const metricsPage = <T extends z.ZodType>(row: T) =>
  z.object({
    data: z.array(row),
    links: z.object({ next: z.string().nullable(), prev: z.string().nullable() }),
    meta: z.object({ page: z.number(), page_size: z.number(), total: z.number() }),
  });

/** A row of `metric.reuses`: a reuse's visits in one month ("YYYY-MM"). */
const reuseMonthRowSchema = z.object({
  reuse_id: z.string(),
  metric_month: z.string().regex(/^\d{4}-\d{2}$/),
  monthly_visit: z.number().int().min(0).nullable(),
});
export type ReuseMonthRow = z.output<typeof reuseMonthRowSchema>;

export const reuseMonthsPageSchema = metricsPage(reuseMonthRowSchema);

/** A row of `metric.reuses_total`: all the visits a reuse had since visits are counted. */
export const reuseTotalsPageSchema = metricsPage(
  z.object({ reuse_id: z.string(), visit: z.number().int().min(0).nullable() }),
);

import { stringify } from "csv-stringify/sync";

/** A reuse's visits in one month, for the CSV of all of a producer's reuses. */
export interface ReuseMonthLine {
  title: string;
  reuseId: string;
  month: string;
  visits: number;
}

/**
 * The CSV of all of a producer's reuses, in the columns of cdata's organization export
 * (`createDatasetsForOrganizationMetricsUrl`: title, id, month, monthly visits), with its header.
 */
export function audienceCsv(lines: readonly ReuseMonthLine[]): string {
  return stringify(
    lines.map((line) => [line.title, line.reuseId, line.month, line.visits]),
    { header: true, columns: ["reuse_title", "reuse_id", "month", "monthly_visit"] },
  );
}

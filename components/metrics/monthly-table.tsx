import { useLocale } from "next-intl";

import { formatMonth, formatNumber } from "~/components/ui/format";
import type { MonthPoint } from "~/lib/metrics/monthly-series";

/** The words of a monthly table, from the catalog of the page that shows it. */
export interface MonthlyTableWords {
  caption: string;
  month: string;
  visits: string;
}

/** A chart's figures as a real table: one row a month, oldest first. */
export function MonthlyTable({ points, words }: { points: readonly MonthPoint[]; words: MonthlyTableWords }) {
  const locale = useLocale();
  return (
    <table className="mt-2 w-full text-sm">
      <caption className="text-left font-semibold">{words.caption}</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="py-1 text-left">
            {words.month}
          </th>
          <th scope="col" className="py-1 text-right">
            {words.visits}
          </th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.month} className="border-b border-line">
            <th scope="row" className="py-1 text-left font-normal">
              <time dateTime={point.month}>{formatMonth(point.month, locale)}</time>
            </th>
            <td className="py-1 text-right tabular-nums">{formatNumber(point.visits, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useTranslations } from "next-intl";

import { MonthlyTable } from "~/components/metrics/monthly-table";
import type { MonthPoint } from "~/lib/metrics/monthly-series";
import { MonthlyChart } from "./monthly-chart";

/** A monthly chart, its table and the CSV download of the figures behind them (or why there are none). */
export function MonthlyAudience({
  points,
  caption,
  csvHref,
  csvLabel,
}: {
  points: readonly MonthPoint[] | null;
  caption: string;
  csvHref: string;
  csvLabel: string;
}) {
  const t = useTranslations("dashboard.audience");
  if (points === null) return <p className="mt-4 rounded border border-line bg-surface p-4">{t("unavailable")}</p>;
  return (
    <>
      <MonthlyChart points={points} />
      <MonthlyTable points={points} words={{ caption, month: t("month"), visits: t("visits") }} />
      <p className="mt-4">
        {/* A plain link: the browser downloads what the site's route answers (no credential in the page). */}
        <a href={csvHref} download className="inline-flex min-h-11 items-center underline">
          {csvLabel}
        </a>
      </p>
    </>
  );
}

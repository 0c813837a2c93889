"use client";

import { useLocale } from "next-intl";
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";

import { useHydrated } from "~/components/search/use-hydrated";
import { formatMonth, formatNumber } from "~/components/ui/format";
import type { MonthPoint } from "~/lib/metrics/monthly-series";

/**
 * Monthly visits as a recharts bar chart, drawn in the browser and hidden from screen readers: the table below it
 * carries the same figures (and is all a visitor without JavaScript needs).
 */
export function MonthlyChart({ points }: { points: readonly MonthPoint[] }) {
  const locale = useLocale();
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <div aria-hidden="true" className="mt-4" data-chart="visites-mensuelles">
      <BarChart
        data={[...points]}
        responsive
        accessibilityLayer={false}
        margin={{ top: 20, right: 8, bottom: 4, left: 8 }}
        style={{ width: "100%", height: 260 }}
      >
        <CartesianGrid vertical={false} stroke="#dddddd" />
        <XAxis dataKey="month" tickFormatter={(month: string) => formatMonth(month, locale)} />
        <YAxis allowDecimals={false} tickFormatter={(value: number) => formatNumber(value, locale)} />
        <Bar dataKey="visits" fill="#000091" isAnimationActive={false}>
          <LabelList dataKey="visits" position="top" formatter={(value) => formatNumber(Number(value), locale)} />
        </Bar>
      </BarChart>
    </div>
  );
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
import { useSyncExternalStore } from "react";

import { useHydrated } from "~/components/search/use-hydrated";
import { formatNumber } from "~/components/ui/format";

interface ReuseAudience {
  id: string;
  title: string;
  views: number;
  followers: number;
}

const WIDE = "(min-width: 640px)";

function subscribeToWidth(onChange: () => void) {
  const query = window.matchMedia(WIDE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Whether the screen leaves room for long labels (false on the server: the charts are drawn in the browser). */
function useWideScreen() {
  return useSyncExternalStore(
    subscribeToWidth,
    () => window.matchMedia(WIDE).matches,
    () => false,
  );
}

function truncate(text: string, length: number) {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

function AudienceChart({
  reuses,
  metric,
  color,
}: {
  reuses: ReuseAudience[];
  metric: "views" | "followers";
  color: string;
}) {
  const locale = useLocale();
  const wide = useWideScreen();
  const sorted = [...reuses].sort((a, b) => b[metric] - a[metric]);
  return (
    <BarChart
      data={sorted}
      layout="vertical"
      responsive
      accessibilityLayer={false}
      margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
      style={{ width: "100%", height: sorted.length * 44 + 40 }}
    >
      <CartesianGrid horizontal={false} stroke="#dddddd" />
      <XAxis type="number" allowDecimals={false} tickFormatter={(value: number) => formatNumber(value, locale)} />
      <YAxis
        type="category"
        dataKey="title"
        width={wide ? 200 : 110}
        tickFormatter={(title: string) => truncate(title, wide ? 28 : 14)}
      />
      {/* minPointSize: a reuse at 0 still gets its bar's label, "0". */}
      <Bar dataKey={metric} fill={color} isAnimationActive={false} minPointSize={2}>
        <LabelList dataKey={metric} position="right" formatter={(value) => formatNumber(Number(value), locale)} />
      </Bar>
    </BarChart>
  );
}

/**
 * Two bar charts of the producer's reuses: by views and by followers (their scales differ too much for one).
 * Drawn in the browser only, hidden from screen readers: the table beside them carries the same figures.
 */
export function ReuseAudienceCharts({ reuses }: { reuses: ReuseAudience[] }) {
  const hydrated = useHydrated();
  const t = useTranslations("dashboard.metrics");
  if (!hydrated) return null;
  return (
    <div aria-hidden="true" className="mt-4 space-y-8">
      <div>
        <p className="font-semibold">{t("byViews")}</p>
        <AudienceChart reuses={reuses} metric="views" color="#000091" />
      </div>
      <div>
        <p className="font-semibold">{t("byFollowers")}</p>
        <AudienceChart reuses={reuses} metric="followers" color="#6a6af4" />
      </div>
    </div>
  );
}

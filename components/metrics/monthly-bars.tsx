import { useLocale } from "next-intl";

import { formatMonth, formatNumber } from "~/components/ui/format";
import type { MonthPoint } from "~/lib/metrics/monthly-series";

const WIDTH = 640;
const HEIGHT = 220;
const AXIS = 28;
const TOP = 18;

/**
 * Monthly visits as bars, in plain SVG drawn on the server: no script, complete without JavaScript, and it
 * scales with its box. Hidden from screen readers: the table beside it carries the same figures.
 */
export function MonthlyBars({ points }: { points: readonly MonthPoint[] }) {
  const locale = useLocale();
  const highest = Math.max(1, ...points.map((point) => point.visits));
  const slot = WIDTH / Math.max(1, points.length);
  const usable = HEIGHT - AXIS - TOP;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="h-auto w-full text-xs"
      aria-hidden="true"
      focusable="false"
      data-chart="visites-mensuelles"
    >
      <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} stroke="#929292" />
      {points.map((point, index) => {
        const height = Math.max(point.visits > 0 ? 2 : 0, (point.visits / highest) * usable);
        const x = index * slot;
        const y = HEIGHT - AXIS - height;
        return (
          <g key={point.month}>
            <rect x={x + slot * 0.15} y={y} width={slot * 0.7} height={height} fill="#000091" />
            <text x={x + slot / 2} y={y - 4} textAnchor="middle" fill="#161616" fontSize={11}>
              {formatNumber(point.visits, locale)}
            </text>
            <text x={x + slot / 2} y={HEIGHT - 10} textAnchor="middle" fill="#3a3a3a" fontSize={11}>
              {formatMonth(point.month, locale)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

import { describe, expect, it } from "vitest";

import { lastMonths, monthlySeries } from "./monthly-series";

describe("lastMonths", () => {
  it("gives the 12 complete months before now, oldest first, across a new year", () => {
    const months = lastMonths(new Date("2026-02-10T12:00:00Z"));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2025-02");
    expect(months[11]).toBe("2026-01");
  });
});

describe("monthlySeries", () => {
  it("sums the rows of each month and gives 0 to a month without a row", () => {
    const rows = [
      { metric_month: "2026-01", monthly_visit: 5 },
      { metric_month: "2026-01", monthly_visit: 7 },
      { metric_month: "2025-11", monthly_visit: null },
      { metric_month: "2024-01", monthly_visit: 99 },
    ];
    expect(monthlySeries(rows, ["2025-11", "2025-12", "2026-01"])).toEqual([
      { month: "2025-11", visits: 0 },
      { month: "2025-12", visits: 0 },
      { month: "2026-01", visits: 12 },
    ]);
  });
});

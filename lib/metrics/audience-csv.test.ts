import { describe, expect, it } from "vitest";

import { audienceCsv } from "./audience-csv";

describe("audienceCsv", () => {
  it("writes a header, then one line per reuse and month, quoting titles with commas or quotes", () => {
    const csv = audienceCsv([
      { title: 'Carte "vélos", Paris', reuseId: "a".repeat(24), month: "2026-01", visits: 12 },
      { title: "Tableau", reuseId: "b".repeat(24), month: "2026-01", visits: 0 },
    ]);
    expect(csv).toBe(
      "reuse_title,reuse_id,month,monthly_visit\n" +
        `"Carte ""vélos"", Paris",${"a".repeat(24)},2026-01,12\n` +
        `Tableau,${"b".repeat(24)},2026-01,0\n`,
    );
  });
});

import { describe, expect, it } from "vitest";

import { createSoakTally, describeHitRatio } from "./load-soak-tally.mjs";

describe("createSoakTally", () => {
  it("counts requests by kind and the page cache's marks of the anonymous pages only", () => {
    const tally = createSoakTally();
    tally.record("page", "/reuses", 200, "hit");
    tally.record("page", "/en/reuses", 200, "hit");
    tally.record("page", "/reuses/a", 200, "miss");
    tally.record("page", "/reuses/feed.xml", 200, null);
    tally.record("dashboard", "/dashboard", 200, null);
    tally.record("write", "/api/trpc/producerReuses.update", 200, null);
    expect(tally.requests).toEqual({ page: 4, dashboard: 1, write: 1 });
    expect(tally.pageCache).toEqual({ hit: 2, miss: 1, unmarked: 1 });
    expect(tally.unexpected.size).toBe(0);
  });

  it("keeps every answer but a 200, by kind, status and path, out of the hit ratio", () => {
    const tally = createSoakTally();
    tally.record("dashboard", "/dashboard", 307, null);
    tally.record("dashboard", "/dashboard", 307, null);
    tally.record("write", "/api/trpc/producerReuses.update", 503, null);
    tally.record("page", "/reuses", 500, "miss");
    expect([...tally.unexpected]).toEqual([
      ["dashboard 307 /dashboard", 2],
      ["write 503 /api/trpc/producerReuses.update", 1],
      ["page 500 /reuses", 1],
    ]);
    expect(tally.unexpectedByKindAndStatus()).toEqual({ "dashboard 307": 2, "write 503": 1, "page 500": 1 });
    expect(tally.pageCache).toEqual({ hit: 0, miss: 0, unmarked: 0 });
  });
});

describe("describeHitRatio", () => {
  it("gives the ratio of hits among the marked answers, with the counts", () => {
    expect(describeHitRatio({ hit: 3, miss: 1, unmarked: 2 })).toBe("75.0 % (3 hits, 1 misses, 2 unmarked)");
  });

  it("says n/a when no answer was marked", () => {
    expect(describeHitRatio({ hit: 0, miss: 0, unmarked: 0 })).toBe("n/a (0 hits, 0 misses, 0 unmarked)");
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";

import { env } from "~/server/env";

import { UpstreamError } from "../errors";
import { fetchCall, jsonResponse, stubFetch } from "../test-utils";
import { getReuseMonths, getReusesMonths } from "./reuse-visits";

const page = (data: unknown[]) => ({
  data,
  links: { next: null, prev: null },
  meta: { page: 1, page_size: 12, total: 0 },
});
const ID = "a".repeat(24);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("the metrics service client", () => {
  it("asks METRICS_URL as cdata's getReuseMetrics does, anonymously", async () => {
    const spy = stubFetch(() => jsonResponse(page([{ reuse_id: ID, metric_month: "2026-01", monthly_visit: 3 }])));
    expect(await getReuseMonths(ID, 12)).toEqual([{ reuse_id: ID, metric_month: "2026-01", monthly_visit: 3 }]);
    const { url, init } = fetchCall(spy);
    expect(url).toBe(`${env.METRICS_URL}/api/reuses/data/?reuse_id__exact=${ID}&metric_month__sort=desc&page_size=12`);
    expect(new Headers(init.headers).has("X-API-KEY")).toBe(false);
  });

  it("retries a gateway error once, then fails with an UpstreamError", async () => {
    const spy = stubFetch(() => new Response("", { status: 503 }));
    const error = await getReuseMonths(ID, 12).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it("asks for many reuses in groups that fit one page each (50 rows), all at once, commas kept", async () => {
    const ids = Array.from({ length: 9 }, (_, index) => String(index).repeat(24));
    const spy = stubFetch(() => jsonResponse(page([])));
    await getReusesMonths(ids, "2025-02", 12);
    expect(spy).toHaveBeenCalledTimes(3); // 4 reuses × 12 months = 48 rows a page
    const first = new URL(fetchCall(spy, 0).url);
    expect(fetchCall(spy, 0).url).toContain(`reuse_id__in=${ids.slice(0, 4).join(",")}&`);
    expect(first.searchParams.get("metric_month__greater")).toBe("2025-02");
    expect(first.searchParams.get("page_size")).toBe("48");
  });
});

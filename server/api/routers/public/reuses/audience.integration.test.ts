import { afterEach, describe, expect, it } from "vitest";

import { control, sandboxUrl, upstreamRequests, type LoggedRequest } from "~/server/test/sandbox";
import { anonymous, signedIn } from "~/server/test/session";

afterEach(() => control("DELETE", "faults"));

const PRODUCER = { id: "100000000000000000000001", slug: "demo-producer", apikey: "sandbox-key-producer" };
const LATENCY = 300;
const isMetrics = (request: LoggedRequest) => /^\/api\/reuses(_total)?\/data\//.test(request.path);

/** Public reuses of the sandbox, most viewed first, that no other test reads (by offset). */
async function reusesAt(offset: number, count: number) {
  const response = await fetch(`${sandboxUrl}/api/1/reuses/?sort=-views&page_size=${count}&page=${offset}`);
  return ((await response.json()) as { data: { id: string; slug: string; metrics: { views: number } }[] }).data;
}

/** Every request of the log was under way at once with the others: none started after another ended. */
function overlapping(requests: readonly LoggedRequest[]) {
  const starts = requests.map((request) => Date.parse(request.at));
  const ends = requests.map((request) => Date.parse(request.at) + request.ms);
  return Math.max(...starts) < Math.min(...ends);
}

describe("reuses.audience (data.gouv.fr's metrics service)", () => {
  it("gives the last 12 complete months and the total, asking the service anonymously, both at once", async () => {
    const [reuse] = await reusesAt(7, 1);
    if (!reuse) throw new Error("no reuse");
    await anonymous.reuses.get({ slug: reuse.slug }); // as the page does: the slug→id map learns the id
    await control("DELETE", "requests");
    await control("POST", "faults", { latencyMs: LATENCY });
    const audience = await anonymous.reuses.audience({ slug: reuse.slug });

    if (!audience.available) throw new Error("unavailable");
    expect(audience.months).toHaveLength(12);
    expect(audience.total).toBe(reuse.metrics.views);
    const sum = audience.months.reduce((total, point) => total + point.visits, 0);
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThanOrEqual(reuse.metrics.views);
    const requests = await upstreamRequests();
    // Only the service: the reuse's id came from the map, not from another read of the reuse.
    expect(requests.map((request) => request.path).sort()).toEqual(["/api/reuses/data/", "/api/reuses_total/data/"]);
    expect(requests.every((request) => !request.withKey)).toBe(true);
    expect(requests.find((request) => request.path === "/api/reuses/data/")?.query).toMatchObject({
      reuse_id__exact: reuse.id,
      metric_month__sort: "desc",
      page_size: "12",
    });
    expect(overlapping(requests)).toBe(true);
  });

  it("says the figures are unavailable when the service is down, and does not fail", async () => {
    const [reuse] = await reusesAt(8, 1);
    if (!reuse) throw new Error("no reuse");
    await control("POST", "faults", { status: 503, pathPrefix: "/api/reuses" });
    expect(await anonymous.reuses.audience({ slug: reuse.slug })).toEqual({ available: false });
  });
});

describe("producerReuses.audience and account.metrics.get's monthly visits", () => {
  it("gives one of my reuses' months", async () => {
    const { caller } = await signedIn(PRODUCER);
    const [mine] = (await caller.account.metrics.get()).reuses;
    if (!mine) throw new Error("the demo producer has no reuse");
    const audience = await caller.producerReuses.audience({ id: mine.id });
    expect(audience).toMatchObject({ available: true, total: mine.views });
  });

  it("sums the months of all my reuses, asked for with the list of my reuses (one round trip deep)", async () => {
    const { caller } = await signedIn(PRODUCER);
    await caller.account.metrics.get(); // the first visit: the ids of my reuses are remembered
    await control("DELETE", "requests");
    await control("POST", "faults", { latencyMs: LATENCY });
    const { reuses, audience } = await caller.account.metrics.get();

    if (!audience.available) throw new Error("unavailable");
    expect(audience.reuses.map((reuse) => reuse.id).sort()).toEqual(reuses.map((reuse) => reuse.id).sort());
    for (const [index, point] of audience.months.entries()) {
      const perReuse = audience.reuses.reduce((sum, reuse) => sum + (reuse.months[index]?.visits ?? 0), 0);
      expect(point.visits).toBe(perReuse);
    }
    const requests = (await upstreamRequests()).filter(
      (request) => request.path.startsWith("/api/1/me/") || request.query.reuse_id__in !== undefined,
    );
    const metrics = requests.filter(isMetrics);
    expect(metrics.length).toBeGreaterThan(0);
    expect(metrics.every((request) => !request.withKey)).toBe(true);
    // The figures went out with /me/metrics/ and the list of reuses, not after them.
    expect(requests.map((request) => request.path)).toEqual(
      expect.arrayContaining(["/api/1/me/metrics/", "/api/1/me/reuses/"]),
    );
    expect(overlapping(requests)).toBe(true);
  });

  it("says the monthly figures are unavailable when the service is down, and still gives the rest", async () => {
    const { caller } = await signedIn(PRODUCER);
    await control("POST", "faults", { status: 503, pathPrefix: "/api/reuses" });
    const metrics = await caller.account.metrics.get();
    expect(metrics.audience).toEqual({ available: false });
    expect(metrics.reuses.length).toBeGreaterThan(0);
  });
});

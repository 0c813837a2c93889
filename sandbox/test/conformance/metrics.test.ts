import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestSandbox, jsonOf, startTestSandbox } from "../harness";

/**
 * data.gouv.fr's metrics service (NOT udata: datagouv/api-tabular `api_tabular/metrics/app.py` over the
 * `metric.reuses` and `metric.reuses_total` views of datagouvfr_data_pipelines), as cdata reads it:
 * datagouv-components `functions/metrics.ts getReuseMetrics` and `components/Metrics/AdminReusesPage.vue getCsvUrl`.
 */
interface MonthRow {
  __id: number;
  reuse_id: string;
  metric_month: string;
  monthly_visit: number;
}
interface Page<T> {
  data: T[];
  links: { next: string | null; prev: string | null };
  meta: { page: number; page_size: number; total: number };
}

let sandbox: TestSandbox;
let reuse: { id: string; metrics: { views: number } };
let other: { id: string };
beforeAll(async () => {
  sandbox = await startTestSandbox();
  const page = await jsonOf<{ data: { id: string; metrics: { views: number } }[] }>(
    await sandbox.call("/api/1/reuses/?sort=-views&page_size=2"),
  );
  reuse = page.body.data[0] ?? { id: "", metrics: { views: 0 } };
  other = page.body.data[1] ?? { id: "" };
});
afterAll(() => sandbox.close());

const months = (query: string) => sandbox.call(`/api/reuses/data/?${query}`).then((r) => jsonOf<Page<MonthRow>>(r));

describe("metric-api /api/reuses/data/ (api_tabular/metrics/app.py metrics_data)", () => {
  it("getReuseMetrics: the last 12 months, newest first, in the {data, links, meta} envelope", async () => {
    const { status, body } = await months(`reuse_id__exact=${reuse.id}&metric_month__sort=desc&page_size=12`);
    expect(status).toBe(200);
    expect(body.data).toHaveLength(12);
    expect(body.meta).toMatchObject({ page: 1, page_size: 12 });
    expect(body.meta.total).toBeGreaterThan(12);
    expect(body.links.prev).toBeNull();
    expect(body.links.next).toBe(
      `${sandbox.url}/api/reuses/data/?reuse_id__exact=${reuse.id}&metric_month__sort=desc&page=2&page_size=12`,
    );
    const monthsSeen = body.data.map((row) => row.metric_month);
    expect(monthsSeen).toEqual([...monthsSeen].sort().reverse());
    for (const row of body.data) {
      expect(Object.keys(row)).toEqual(["__id", "reuse_id", "metric_month", "monthly_visit"]);
      expect(row.reuse_id).toBe(reuse.id);
      expect(row.metric_month).toMatch(/^\d{4}-\d{2}$/);
    }
    // The current month is not counted yet: the newest row is an earlier month.
    const now = new Date();
    const current = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
    expect((body.data[0]?.metric_month ?? "") < current).toBe(true);
  });

  it("the months sum to the reuse's views, and reuses_total's visit is that sum (metric.reuses_total)", async () => {
    const all: MonthRow[] = [];
    for (let page = 1; ; page++) {
      const { body } = await months(`reuse_id__exact=${reuse.id}&page_size=50&page=${page}`);
      all.push(...body.data);
      if (!body.links.next) break;
    }
    const sum = all.reduce((total, row) => total + row.monthly_visit, 0);
    expect(sum).toBe(reuse.metrics.views);
    const total = await jsonOf<Page<{ reuse_id: string; visit: number; outlink: number }>>(
      await sandbox.call(`/api/reuses_total/data/?reuse_id__exact=${reuse.id}`),
    );
    expect(total.body.data).toEqual([expect.objectContaining({ reuse_id: reuse.id, visit: sum })]);
    // Deterministic: the same answer twice.
    expect((await months(`reuse_id__exact=${reuse.id}&page_size=50`)).body.data).toEqual(all.slice(0, 50));
  });

  it("build_sql_query_string: reuse_id__in, metric_month__greater, and ordering by __id unless sorted", async () => {
    const { body } = await months(`reuse_id__in=${reuse.id},${other.id}&metric_month__greater=2025-01&page_size=50`);
    expect(new Set(body.data.map((row) => row.reuse_id))).toEqual(new Set([reuse.id, other.id]));
    expect(body.data.every((row) => row.metric_month >= "2025-01")).toBe(true);
    const ids = body.data.map((row) => row.__id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it("build_offset: a page_size over 50 is a 400 'Invalid query string'; an unknown operator too", async () => {
    const tooBig = await months(`reuse_id__exact=${reuse.id}&page_size=51`);
    expect(tooBig.status).toBe(400);
    expect(tooBig.body).toEqual({
      errors: [{ code: null, title: "Invalid query string", detail: "Page size exceeds allowed maximum: 50" }],
    });
    expect((await months(`reuse_id__nope=${reuse.id}`)).status).toBe(400);
  });

  it("an unknown reuse has no rows (and no total); an unknown table is a 404", async () => {
    const { status, body } = await months("reuse_id__exact=000000000000000000000000");
    expect({ status, data: body.data, total: body.meta.total }).toEqual({ status: 200, data: [], total: 0 });
    expect((await sandbox.call("/api/nothing/data/")).status).toBe(404);
  });
});

describe("metric-api /api/reuses/data/csv/ (api_tabular/metrics/app.py metrics_data_csv)", () => {
  it("AdminReusesPage getCsvUrl: every month, oldest first, PostgREST's CSV, as an attachment named after the table", async () => {
    const response = await sandbox.call(`/api/reuses/data/csv/?reuse_id__exact=${reuse.id}&metric_month__sort=asc`);
    expect(response.headers.get("content-type")).toBe("text/csv");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="reuses.csv"');
    const [header, ...lines] = (await response.text()).split("\n");
    expect(header).toBe("__id,reuse_id,metric_month,monthly_visit");
    const rows = lines.map((line) => line.split(","));
    expect(rows.every((row) => row[1] === reuse.id)).toBe(true);
    const monthsSeen = rows.map((row) => row[2] ?? "");
    expect(monthsSeen).toEqual([...monthsSeen].sort());
    expect(rows.reduce((sum, row) => sum + Number(row[3]), 0)).toBe(reuse.metrics.views);
  });
});

describe("sandbox faults on the metrics service", () => {
  it("pathPrefix /api/reuses takes the metrics service down alone, and the request log records its calls", async () => {
    await sandbox.call("/_sandbox/requests", { method: "DELETE" });
    await sandbox.call("/_sandbox/faults", { method: "POST", json: { status: 503, pathPrefix: "/api/reuses" } });
    try {
      expect((await months(`reuse_id__exact=${reuse.id}`)).status).toBe(503);
      expect((await sandbox.call(`/api/reuses_total/data/?reuse_id__exact=${reuse.id}`)).status).toBe(503);
      expect((await sandbox.call(`/api/1/reuses/${reuse.id}/`)).status).toBe(200);
    } finally {
      await sandbox.call("/_sandbox/faults", { method: "DELETE" });
    }
    const log = await jsonOf<{ path: string }[]>(await sandbox.call("/_sandbox/requests"));
    expect(log.body.map((entry) => entry.path)).toContain("/api/reuses/data/");
  });
});

import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { fraction } from "../seed/hash";
import { type ReuseRecord } from "../model";
import { monthlyVisits } from "../metrics/monthly-visits";
import { type Row, parseTableQuery, queryError, selectRows, toCsv } from "../metrics/table-query";

/**
 * data.gouv.fr's metrics service (metric-api.data.gouv.fr, datagouv/api-tabular `api_tabular/metrics/app.py`),
 * NOT udata: served on the sandbox's port as the design says, for the two reuse tables cdata reads
 * (datagouv-components `functions/metrics.ts getReuseMetrics`, `components/Metrics/AdminReusesPage.vue getCsvUrl`).
 * `metrics_data` answers `{data, links: {next, prev}, meta: {page, page_size, total}}`; `metrics_data_csv`
 * streams every row as CSV. Another table (a "model") is a PostgREST 404.
 */
const TABLES: Record<string, { columns: readonly string[]; rows: (reuses: ReuseRecord[], now: Date) => Row[] }> = {
  reuses: {
    columns: ["__id", "reuse_id", "metric_month", "monthly_visit"],
    rows: (reuses, now) => reuses.flatMap((reuse) => monthlyRows(reuse, now)),
  },
  reuses_total: {
    columns: ["__id", "reuse_id", "visit", "outlink"],
    rows: (reuses, now) => reuses.flatMap((reuse) => totalRow(reuse, now)),
  },
};

const monthlyRows = (reuse: ReuseRecord, now: Date) =>
  monthlyVisits({ id: reuse.id, created_at: reuse.created_at, views: reuse.metrics.views }, now);

/** `metric.reuses_total`: the sum of the months, and the clicks out to the reuse's site (a stable share of them). */
function totalRow(reuse: ReuseRecord, now: Date): Row[] {
  const months = monthlyRows(reuse, now);
  const first = months[0];
  if (!first) return [];
  const visit = months.reduce((sum, row) => sum + row.monthly_visit, 0);
  const outlink = Math.floor(visit * (0.05 + 0.2 * fraction(reuse.id, "outlink")));
  return [{ __id: first.__id, reuse_id: reuse.id, visit, outlink }];
}

/** The reuses a query can match: those its `reuse_id__exact` / `__in` names (every reuse otherwise). */
function candidates(ctx: Context, search: URLSearchParams): ReuseRecord[] {
  const named = [...search]
    .filter(([argument]) => argument === "reuse_id__exact" || argument === "reuse_id__in")
    .map(([, value]) => value.split(","));
  if (named.length === 0) return ctx.store.state.reuses;
  const ids = new Set(named.flat());
  return ctx.store.state.reuses.filter((reuse) => ids.has(reuse.id));
}

function tableOf(request: ApiRequest) {
  const table = TABLES[request.params.model ?? ""];
  if (!table) throw queryError(404, "Database error", { code: "42P01", message: "relation does not exist" });
  return table;
}

function data(ctx: Context, request: ApiRequest) {
  const table = tableOf(request);
  const search = request.url.searchParams;
  const query = parseTableQuery(search, table.columns, true);
  const rows = selectRows(table.rows(candidates(ctx, search), new Date()), query);
  const offset = (query.page - 1) * query.pageSize;
  // `build_link_with_page`: the query string as sent, without its page arguments, then page and page_size.
  const kept = request.url.search
    .slice(1)
    .split("&")
    .filter((part) => part !== "" && !part.startsWith("page"));
  const link = (page: number) =>
    `${ctx.base}${request.url.pathname}?${[...kept, `page=${page}`, `page_size=${query.pageSize}`].join("&")}`;
  return {
    status: 200,
    body: {
      data: rows.slice(offset, offset + query.pageSize),
      links: {
        next: query.pageSize + offset < rows.length ? link(query.page + 1) : null,
        prev: query.page > 1 ? link(query.page - 1) : null,
      },
      meta: { page: query.page, page_size: query.pageSize, total: rows.length },
    },
  };
}

function csv(ctx: Context, request: ApiRequest) {
  const table = tableOf(request);
  const search = request.url.searchParams;
  const rows = selectRows(
    table.rows(candidates(ctx, search), new Date()),
    parseTableQuery(search, table.columns, false),
  );
  return {
    status: 200,
    bytes: { type: "text/csv", data: toCsv(rows, table.columns) },
    headers: { "Content-Disposition": `attachment; filename="${request.params.model ?? ""}.csv"` },
  };
}

export function metricsRoutes(ctx: Context): RouteDefinition[] {
  return [
    { method: "GET", path: "/api/:model/data/", handler: (request) => data(ctx, request) },
    { method: "GET", path: "/api/:model/data/csv/", handler: (request) => csv(ctx, request) },
  ];
}

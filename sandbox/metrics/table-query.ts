import { HttpError } from "../http";

/**
 * The query language of data.gouv.fr's metrics service (datagouv/api-tabular, `api_tabular/core/query.py`
 * `build_sql_query_string` and `add_filter`, turned into a PostgREST query there): `<column>__<operator>=<value>`
 * filters, `<column>__sort=asc|desc`, `page` and `page_size` (at most 50, `core/utils.py build_offset`). Rows are
 * ordered by `__id` unless sorted. The operators imitated are those a client of reuse metrics needs.
 */
export type Row = Record<string, string | number>;

const PAGE_SIZE_DEFAULT = 20;
const PAGE_SIZE_MAX = 50;

interface Filter {
  column: string;
  test: (value: string | number) => boolean;
}

export interface TableQuery {
  filters: Filter[];
  sort: { column: string; direction: 1 | -1 } | null;
  page: number;
  pageSize: number;
}

/** api-tabular's `QueryException`: `{"errors": [{code, title, detail}]}`. */
export function queryError(status: number, title: string, detail: unknown): HttpError {
  return new HttpError(status, { errors: [{ code: null, title, detail: detail as string }] });
}

const malformed = (detail: string) => queryError(400, "Invalid query string", `Malformed query: ${detail}`);

/** Numbers compare as numbers, the rest as text (PostgreSQL compares each column by its type). */
function compare(a: string | number, b: string): number {
  if (typeof a === "number" && b.trim() !== "" && !Number.isNaN(Number(b))) return a - Number(b);
  return String(a) < b ? -1 : String(a) > b ? 1 : 0;
}

const OPERATORS: Record<string, (value: string) => (cell: string | number) => boolean> = {
  exact: (value) => (cell) => compare(cell, value) === 0,
  differs: (value) => (cell) => compare(cell, value) !== 0,
  in: (value) => (cell) => value.split(",").some((item) => compare(cell, item) === 0),
  notin: (value) => (cell) => !value.split(",").some((item) => compare(cell, item) === 0),
  less: (value) => (cell) => compare(cell, value) <= 0,
  greater: (value) => (cell) => compare(cell, value) >= 0,
  strictly_less: (value) => (cell) => compare(cell, value) < 0,
  strictly_greater: (value) => (cell) => compare(cell, value) > 0,
};

function integer(name: string, raw: string | null, fallback: number): number {
  if (raw === null) return fallback;
  // Python's int(): a value that is not an integer fails the request (a 500 upstream; a 400 here).
  if (!/^\s*[+-]?\d+\s*$/.test(raw)) throw malformed(`invalid literal for int() with base 10: '${raw}' (${name})`);
  return Number.parseInt(raw, 10);
}

/** Reads the query string; `paginated` is false for the CSV export, which streams every row. */
export function parseTableQuery(search: URLSearchParams, columns: readonly string[], paginated: boolean): TableQuery {
  const filters: Filter[] = [];
  let sort: TableQuery["sort"] = null;
  for (const [argument, value] of search) {
    if (argument === "page" || argument === "page_size") continue;
    const separator = argument.lastIndexOf("__");
    if (separator <= 0) throw malformed(`argument '${argument}=${value}' could not be parsed`);
    const column = argument.slice(0, separator);
    const operator = argument.slice(separator + 2).toLowerCase();
    if (!columns.includes(column)) {
      throw queryError(400, "Database error", { code: "42703", message: `column "${column}" does not exist` });
    }
    if (operator === "sort") {
      if (value !== "asc" && value !== "desc") throw queryError(400, "Database error", { code: "PGRST100" });
      sort = { column, direction: value === "asc" ? 1 : -1 };
      continue;
    }
    const make = OPERATORS[operator];
    if (!make) throw malformed(`argument '${argument}=${value}' could not be parsed`);
    filters.push({ column, test: make(value) });
  }
  const page = paginated ? Math.max(1, integer("page", search.get("page"), 1)) : 1;
  const pageSize = paginated ? integer("page_size", search.get("page_size"), PAGE_SIZE_DEFAULT) : Infinity;
  if (paginated && pageSize > PAGE_SIZE_MAX) {
    throw queryError(400, "Invalid query string", `Page size exceeds allowed maximum: ${PAGE_SIZE_MAX}`);
  }
  return { filters, sort, page, pageSize };
}

/** The rows that pass the filters, in the requested order (then by `__id`, the default order). */
export function selectRows(rows: readonly Row[], query: TableQuery): Row[] {
  const kept = rows.filter((row) => query.filters.every(({ column, test }) => test(row[column] ?? "")));
  const byId = (a: Row, b: Row) => Number(a.__id) - Number(b.__id);
  const { sort } = query;
  return kept.sort((a, b) => {
    if (!sort) return byId(a, b);
    const left = a[sort.column] ?? "";
    const right = b[sort.column] ?? "";
    const order = left < right ? -1 : left > right ? 1 : 0;
    return order * sort.direction || byId(a, b);
  });
}

/** PostgREST's CSV: a header of the columns, then one line per row, values quoted only when they must be. */
export function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  if (rows.length === 0) return "";
  const cell = (value: string | number | undefined) => {
    const text = String(value ?? "");
    return /[",\n\r\\]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(","), ...rows.map((row) => columns.map((column) => cell(row[column])).join(","))].join("\n");
}

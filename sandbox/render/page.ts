import { type Reply } from "../http";
import { type Json, type JsonObject } from "../json";
import { pagination } from "../params";

/**
 * udata's page of results. `next_page` and `previous_page` are absolute URLs: the request's own URL
 * with `page` moved to the end, as in the recorded answers.
 */
function withPage(url: URL, page: number): string {
  const next = new URL(url);
  next.searchParams.delete("page");
  next.searchParams.append("page", String(page));
  return next.toString();
}

function renderPage<T>(
  items: readonly T[],
  page: number,
  pageSize: number,
  url: URL,
  render: (item: T) => Json,
): JsonObject {
  const start = (page - 1) * pageSize;
  return {
    data: items.slice(start, start + pageSize).map(render),
    next_page: start + pageSize < items.length ? withPage(url, page + 1) : null,
    page,
    page_size: pageSize,
    previous_page: page > 1 ? withPage(url, page - 1) : null,
    total: items.length,
  };
}

/** The page the request asks for (`page`, `page_size`), as a 200 answer. */
export function pageReply<T>(url: URL, items: readonly T[], render: (item: T) => Json): Reply {
  const { page, pageSize } = pagination(url, items.length);
  return { status: 200, body: renderPage(items, page, pageSize, url, render) };
}

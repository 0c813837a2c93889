import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { HttpError } from "../http";
import { type JsonObject } from "../json";
import { booleanParam, choiceParam, positiveParam } from "../params";
import { renderReuseV2 } from "../render/reuse-v2";
import { LAST_UPDATE_RANGE_CHOICES, PRODUCER_TYPES, type ReuseSearchQuery, SEARCH_SORT_CHOICES } from "../reuse-search";

/**
 * `GET /api/2/reuses/search/` (udata/core/reuse/apiv2.py `ReuseSearchAPI.get`): the parser of
 * `ReuseSearch.as_request_parser` (udata/search/adapter.py), the paging of udata/search/query.py
 * `SearchQuery` and the page of `fields.search_pager`.
 */
const ORGANIZATION_BADGES = ["public-service", "certified", "association", "company", "local-authority"];
/** Elasticsearch's `max_result_window`: udata refuses pages that reach past it. */
const MAX_RESULT_WINDOW = 10_000;
const text = (url: URL, name: string) => url.searchParams.get(name) || null;

function readSearchQuery(url: URL): ReuseSearchQuery {
  return {
    q: url.searchParams.get("q") ?? "",
    tags: url.searchParams.getAll("tag").filter(Boolean),
    organization: text(url, "organization"),
    organizationBadge: choiceParam(url, "organization_badge", ORGANIZATION_BADGES, null, null),
    owner: text(url, "owner"),
    type: text(url, "type"),
    badge: text(url, "badge"),
    featured: booleanParam(url, "featured"),
    topic: text(url, "topic"),
    archived: booleanParam(url, "archived"),
    producerType: choiceParam(url, "producer_type", PRODUCER_TYPES, null, null),
    lastUpdateRange: choiceParam(url, "last_update_range", LAST_UPDATE_RANGE_CHOICES, null, null),
    sort: choiceParam(url, "sort", SEARCH_SORT_CHOICES, null, "The field (and direction) on which sorting apply"),
  };
}

function readPaging(url: URL): { page: number; pageSize: number } {
  const page = positiveParam(url, "page", 1, "The page to fetch");
  const pageSize = positiveParam(url, "page_size", 20, "The page size to fetch");
  if (page * pageSize > MAX_RESULT_WINDOW) {
    const message =
      `Result window is too large: page ${page} with page_size ${pageSize} exceeds the maximum of ` +
      `${MAX_RESULT_WINDOW} results. Maximum page for this page_size is ${Math.floor(MAX_RESULT_WINDOW / pageSize)}.`;
    throw new HttpError(400, { message });
  }
  return { page, pageSize };
}

/** `NextPageUrl` / `PreviousPageUrl`: the request's arguments with another `page`. */
function pageUrl(url: URL, page: number): string {
  const other = new URL(url);
  other.searchParams.set("page", String(page));
  return other.toString();
}

function searchReuses(ctx: Context, request: ApiRequest): { status: number; body: JsonObject } {
  const { url, caller } = request;
  const query = readSearchQuery(url);
  const paging = readPaging(url);
  const found = ctx.search.find(query);
  const pages = Math.ceil(found.length / paging.pageSize);
  // `SearchResult.page`: the asked page, or 1 when there are no results; a page past the last is empty.
  const page = pages > 0 ? paging.page : 1;
  const start = (page - 1) * paging.pageSize;
  return {
    status: 200,
    body: {
      data: found.slice(start, start + paging.pageSize).map((reuse) => renderReuseV2(ctx, reuse, caller)),
      next_page: page < pages ? pageUrl(url, page + 1) : null,
      page,
      page_size: paging.pageSize,
      previous_page: page > 1 ? pageUrl(url, page - 1) : null,
      total: found.length,
    },
  };
}

export function reuseSearchRoutes(ctx: Context): RouteDefinition[] {
  return [{ method: "GET", path: "/api/2/reuses/search/", handler: (request) => searchReuses(ctx, request) }];
}

import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { gone, notFound } from "../http";
import { type DataserviceRecord } from "../model";
import { choiceParam, filterIdParam } from "../params";
import { canEditDataservice, renderDataservice } from "../render/dataservice";
import { pageReply } from "../render/page";
import { normalize, queryPhrases, titleHasPhrases } from "../search";
import { sortedBy } from "../sorting";
import { type Caller } from "../visibility";

/**
 * udata/core/dataservices/api.py: `DataservicesAPI.get` (the listing: `q` on the title, filters, sorts, pages)
 * and `DataserviceAPI.get` (one, by id or slug). cdata's API picker (components/DataservicesSelect.vue) asks
 * the listing with `q`.
 */
const SORTS = {
  title: (dataservice: DataserviceRecord) => dataservice.title,
  base_api_url: (dataservice: DataserviceRecord) => dataservice.base_api_url ?? "",
  created: (dataservice: DataserviceRecord) => dataservice.created_at,
  last_modified: (dataservice: DataserviceRecord) => dataservice.metadata_modified_at,
  followers: (dataservice: DataserviceRecord) => dataservice.metrics.followers,
  views: (dataservice: DataserviceRecord) => dataservice.metrics.views,
};

/** `visible_by_user(current_user, Q(private__ne=True, archived_at=None, deleted_at=None))`: plus the caller's own. */
function listedFor(dataservice: DataserviceRecord, caller: Caller | null): boolean {
  const visible = !dataservice.private && !dataservice.archived_at && !dataservice.deleted_at;
  return visible || canEditDataservice(dataservice, caller);
}

function listDataservices(ctx: Context, request: ApiRequest) {
  const { url, caller } = request;
  const sort = choiceParam(
    url,
    "sort",
    Object.keys(SORTS).flatMap((key) => [key, `-${key}`]),
    null,
    null,
  );
  const phrases = queryPhrases(url.searchParams.get("q") ?? "");
  const organization = filterIdParam(url, "organization");
  const owner = filterIdParam(url, "owner");
  const dataset = filterIdParam(url, "dataset");
  const reuseId = filterIdParam(url, "reuse");
  const tag = url.searchParams.get("tag");
  // `filter_by_reuse`: an unknown reuse filters nothing.
  const reuse = reuseId === null ? undefined : ctx.store.reuse(reuseId);
  const found = ctx.store.state.dataservices.filter(
    (dataservice) =>
      listedFor(dataservice, caller) &&
      (phrases.length === 0 || titleHasPhrases(normalize(dataservice.title), phrases)) &&
      (organization === null || dataservice.organization === organization) &&
      (owner === null || dataservice.owner === owner) &&
      (dataset === null || dataservice.datasets.includes(dataset)) &&
      (reuse === undefined || reuse.dataservices.includes(dataservice.id)) &&
      (tag === null || dataservice.tags.includes(tag)),
  );
  // Without `sort`, MongoDB's natural order (the sandbox's: insertion order).
  const sorted = sort === null ? found : sortedBy(found, SORTS, sort);
  return pageReply(url, sorted, (dataservice) => renderDataservice(ctx, dataservice, caller));
}

/** 404 unknown, or private or deleted unless the caller may read it; 410 for a deleted public one. */
function getDataservice(ctx: Context, request: ApiRequest) {
  const dataservice = ctx.store.dataservice(request.params.dataservice ?? "");
  if (!dataservice) throw notFound();
  const hidden = dataservice.private || dataservice.deleted_at !== null;
  if (hidden && !canEditDataservice(dataservice, request.caller)) {
    if (!dataservice.private && dataservice.deleted_at) throw gone("Dataservice has been deleted");
    throw notFound();
  }
  return { status: 200, body: renderDataservice(ctx, dataservice, request.caller) };
}

export function dataserviceRoutes(ctx: Context): RouteDefinition[] {
  return [
    { method: "GET", path: "/api/1/dataservices/", handler: (request) => listDataservices(ctx, request) },
    { method: "GET", path: "/api/1/dataservices/:dataservice/", handler: (request) => getDataservice(ctx, request) },
  ];
}

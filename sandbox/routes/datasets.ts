import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { notFound } from "../http";
import { type JsonObject } from "../json";
import { type DatasetRecord } from "../model";
import { choiceParam, intParam, objectIdParam, requiredParam } from "../params";
import { datasetJson } from "../render/dataset";
import { pageReply } from "../render/page";
import { matchesWords, normalize, queryWords } from "../search";
import { absolute, pageUrl } from "../urls";
import { type Caller } from "../visibility";
import { findDataset } from "./lookup";
import { sortedBy } from "../sorting";

/** Datasets: listing (`q`, `organization`, `owner`, `tag`, `sort`), one dataset, suggestions. */
const SORTS = {
  title: (dataset: DatasetRecord) => dataset.title,
  created: (dataset: DatasetRecord) => String(dataset.fields.created_at ?? ""),
  last_update: (dataset: DatasetRecord) => String(dataset.fields.last_update ?? ""),
};

function visibleTo(dataset: DatasetRecord, caller: Caller | null): boolean {
  if (dataset.deleted) return false;
  if (!dataset.private) return true;
  return (
    caller !== null &&
    (caller.isAdmin ||
      dataset.owner === caller.user.id ||
      (dataset.organization !== null && caller.organizations.has(dataset.organization)))
  );
}

function listDatasets(ctx: Context, request: ApiRequest) {
  const { url, caller } = request;
  const words = queryWords(url.searchParams.get("q") ?? "");
  const organization = objectIdParam(url, "organization");
  const owner = objectIdParam(url, "owner");
  const tag = url.searchParams.get("tag");
  const sort = choiceParam(
    url,
    "sort",
    Object.keys(SORTS).flatMap((key) => [key, `-${key}`]),
    "-created",
    "The field (and direction) on which sorting apply",
  );
  const found = ctx.store.state.datasets.filter(
    (dataset) =>
      visibleTo(dataset, caller) &&
      (!organization || dataset.organization === organization) &&
      (!owner || dataset.owner === owner) &&
      (!tag || (Array.isArray(dataset.fields.tags) && dataset.fields.tags.includes(tag))) &&
      (words.length === 0 ||
        matchesWords(normalize(`${dataset.title} ${String(dataset.fields.description ?? "")}`), words)),
  );
  return pageReply(url, sortedBy(found, SORTS, sort), (dataset) => datasetJson(ctx, dataset.id));
}

function getDataset(ctx: Context, request: ApiRequest) {
  const dataset = findDataset(ctx, request.params.dataset);
  if (!visibleTo(dataset, request.caller)) throw notFound();
  return { status: 200, body: datasetJson(ctx, dataset.id) };
}

function suggestDatasets(ctx: Context, request: ApiRequest) {
  const needle = normalize(requiredParam(request.url, "q", "The string to autocomplete/suggest"));
  const size = intParam(request.url, "size", 10, "The amount of suggestion to fetch");
  const found: JsonObject[] = [];
  for (const dataset of ctx.store.state.datasets) {
    if (found.length >= size) break;
    if (dataset.private || dataset.deleted || !normalize(dataset.title).includes(needle)) continue;
    const organization = dataset.organization ? ctx.store.organization(dataset.organization) : undefined;
    found.push({
      acronym: dataset.fields.acronym ?? null,
      id: dataset.id,
      image_url: absolute(ctx.base, organization?.logo ?? null),
      page: pageUrl(ctx.base, "datasets", dataset.slug),
      slug: dataset.slug,
      title: dataset.title,
    });
  }
  return { status: 200, body: found };
}

export function datasetRoutes(ctx: Context): RouteDefinition[] {
  return [
    { method: "GET", path: "/api/1/datasets/", handler: (request) => listDatasets(ctx, request) },
    { method: "GET", path: "/api/1/datasets/suggest/", handler: (request) => suggestDatasets(ctx, request) },
    { method: "GET", path: "/api/1/datasets/:dataset/", handler: (request) => getDataset(ctx, request) },
  ];
}

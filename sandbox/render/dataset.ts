import { type Context } from "../context";
import { countOf } from "../counts";
import { type JsonObject, objectAt } from "../json";
import { type DatasetRecord } from "../model";
import { apiUrl, pageUrl, resourceUrl } from "../urls";
import { organizationRef, userRef } from "./refs";
import { sortedKeys } from "./sorted";

/** A dataset as udata's API v1 answers it (samples/dataset.json). */
function renderDataset(ctx: Context, dataset: DatasetRecord): JsonObject {
  const { base, store } = ctx;
  const counts = ctx.counts();
  return sortedKeys({
    ...dataset.fields,
    deleted: dataset.deleted,
    id: dataset.id,
    metrics: {
      ...objectAt(dataset.fields, "metrics"),
      discussions: countOf(counts.discussionsOf, dataset.id),
      reuses: countOf(counts.reusesOfDataset, dataset.id),
    },
    organization: dataset.organization ? organizationRef(base, store.organization(dataset.organization)) : null,
    owner: dataset.owner ? userRef(base, store.user(dataset.owner)) : null,
    page: pageUrl(base, "datasets", dataset.slug),
    private: dataset.private,
    resources: dataset.resources.map((resource) => ({
      ...resource,
      latest: resourceUrl(base, String(resource.id)),
    })),
    slug: dataset.slug,
    title: dataset.title,
    uri: apiUrl(base, "datasets", dataset.slug),
  });
}

/** The rendered dataset of an id, from the context's cache: reuses embed the same datasets again and again. */
export function datasetJson(ctx: Context, id: string): JsonObject | null {
  return ctx.datasetJson.get(id, () => {
    const dataset = ctx.store.dataset(id);
    return dataset ? renderDataset(ctx, dataset) : null;
  });
}

/** udata's dataset reference (community resources, dataservices). */
export function datasetRef(ctx: Context, dataset: DatasetRecord | undefined): JsonObject | null {
  if (!dataset) return null;
  return {
    acronym: dataset.fields.acronym ?? null,
    class: "Dataset",
    id: dataset.id,
    page: pageUrl(ctx.base, "datasets", dataset.slug),
    title: dataset.title,
    uri: apiUrl(ctx.base, "datasets", dataset.slug),
  };
}

import { type Context } from "../context";
import { type Json, type JsonObject } from "../json";
import { type ReuseRecord } from "../model";
import { absolute, apiUrl, pageUrl, thumbnail } from "../urls";
import { type Caller, canEdit } from "../visibility";
import { datasetJson } from "./dataset";
import { dataserviceRef } from "./dataservice";
import { organizationRefWithPermissions, userRef } from "./refs";

/**
 * A reuse as today's API v1 answers it (samples/reuses-list-2026-excerpt.json): datasets embedded in full,
 * dataservices as references (`{class, id, self_api_url, self_web_url, title}`).
 */
export function renderReuse(ctx: Context, reuse: ReuseRecord, caller: Caller | null): JsonObject {
  const datasets: JsonObject[] = [];
  for (const id of reuse.datasets) {
    const dataset = datasetJson(ctx, id);
    if (dataset) datasets.push(dataset);
  }
  const dataservices: JsonObject[] = [];
  for (const id of reuse.dataservices) {
    const dataservice = ctx.store.dataservice(id);
    if (dataservice) dataservices.push(dataserviceRef(ctx, dataservice));
  }
  return renderReuseWith(ctx, reuse, caller, { dataservices, datasets });
}

/** The reuse with the given `datasets` and `dataservices` fields, keys in alphabetical order. */
export function renderReuseWith(
  ctx: Context,
  reuse: ReuseRecord,
  caller: Caller | null,
  links: { dataservices: Json; datasets: Json },
): JsonObject {
  const { base, store } = ctx;
  const editable = canEdit(reuse, caller);
  return {
    archived: reuse.archived,
    badges: reuse.badges,
    created_at: reuse.created_at,
    dataservices: links.dataservices,
    datasets: links.datasets,
    deleted: reuse.deleted,
    description: reuse.description,
    extras: reuse.extras,
    featured: reuse.featured,
    id: reuse.id,
    image: absolute(base, reuse.image),
    image_thumbnail: thumbnail(base, reuse.image, 500),
    last_modified: reuse.last_modified,
    metrics: {
      datasets: reuse.datasets.length,
      discussions: reuse.metrics.discussions,
      followers: reuse.metrics.followers,
      views: reuse.metrics.views,
    },
    organization: reuse.organization
      ? organizationRefWithPermissions(base, store.organization(reuse.organization), caller)
      : null,
    owner: reuse.owner ? userRef(base, store.user(reuse.owner)) : null,
    page: pageUrl(base, "reuses", reuse.slug),
    permissions: { delete: editable, edit: editable },
    private: reuse.private,
    slug: reuse.slug,
    tags: reuse.tags,
    title: reuse.title,
    topic: reuse.topic,
    type: reuse.type,
    uri: apiUrl(base, "reuses", reuse.slug),
    url: reuse.url,
  };
}

/** udata's suggestion entry for a reuse. */
export function reuseSuggestion(ctx: Context, reuse: ReuseRecord): JsonObject {
  return {
    id: reuse.id,
    image_url: absolute(ctx.base, reuse.image),
    page: pageUrl(ctx.base, "reuses", reuse.slug),
    slug: reuse.slug,
    title: reuse.title,
  };
}

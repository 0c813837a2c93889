import { requireAdmin, requireCaller } from "../auth";
import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { udataTimestamp } from "../dates";
import { badRequest, notFound, readJsonObject } from "../http";
import { renderReuse } from "../render/reuse";
import { referenceId } from "../reuse-input";
import { receiveImage } from "../uploads";
import { absolute } from "../urls";
import { findReuse, ownReuse } from "./lookup";

/**
 * What a reuse's owners do besides editing it (datasets, dataservices, image: udata's `ReuseDatasetsAPI`, `ReuseImageAPI`
 * test the edit permission only, so a deleted reuse is still theirs) and what only site admins do (featured;
 * badges are in badges.ts).
 */
async function addDataset(ctx: Context, request: ApiRequest) {
  const caller = requireCaller(request.caller);
  const reuse = ownReuse(ctx, request, caller);
  const id = referenceId((await readJsonObject(request.raw)).id);
  if (typeof id !== "string") throw badRequest("Expect a dataset identifier");
  const dataset = ctx.store.dataset(id);
  if (!dataset || dataset.id !== id) throw notFound(`Dataset ${id} does not exists`);
  if (reuse.datasets.includes(id)) return { status: 200, body: renderReuse(ctx, reuse, caller) };
  reuse.datasets.push(id);
  reuse.last_modified = udataTimestamp();
  ctx.store.changed();
  return { status: 201, body: renderReuse(ctx, reuse, caller) };
}

/**
 * udata/core/reuse/api.py `ReuseDataservicesAPI.post`: 201 added, 200 already there; any dataservice may be
 * named (private ones too). An unknown id is `get_or_404`'s plain 404: its `DoesNotExist` branch never runs.
 */
async function addDataservice(ctx: Context, request: ApiRequest) {
  const caller = requireCaller(request.caller);
  const reuse = ownReuse(ctx, request, caller);
  const id = referenceId((await readJsonObject(request.raw)).id);
  if (typeof id !== "string") throw badRequest("Expect a dataservice identifier");
  const dataservice = ctx.store.dataservice(id);
  if (!dataservice || dataservice.id !== id) throw notFound();
  if (reuse.dataservices.includes(id)) return { status: 200, body: renderReuse(ctx, reuse, caller) };
  reuse.dataservices.push(id);
  reuse.last_modified = udataTimestamp();
  ctx.store.changed();
  return { status: 201, body: renderReuse(ctx, reuse, caller) };
}

async function uploadImage(ctx: Context, request: ApiRequest) {
  const reuse = ownReuse(ctx, request, requireCaller(request.caller));
  reuse.image = await receiveImage(request.raw, ctx.base, ctx.uploadsDir);
  reuse.last_modified = udataTimestamp();
  ctx.store.changed();
  return { status: 200, body: { success: true, image: absolute(ctx.base, reuse.image) } };
}

function setFeatured(ctx: Context, request: ApiRequest, featured: boolean) {
  const caller = requireAdmin(request.caller);
  const reuse = findReuse(ctx, request);
  reuse.featured = featured;
  ctx.store.changed();
  return { status: 200, body: renderReuse(ctx, reuse, caller) };
}

export function reuseActionRoutes(ctx: Context): RouteDefinition[] {
  return [
    { method: "POST", path: "/api/1/reuses/:reuse/datasets/", handler: (request) => addDataset(ctx, request) },
    {
      method: "POST",
      path: "/api/1/reuses/:reuse/dataservices/",
      handler: (request) => addDataservice(ctx, request),
    },
    { method: "POST", path: "/api/1/reuses/:reuse/image/", handler: (request) => uploadImage(ctx, request) },
    { method: "POST", path: "/api/1/reuses/:reuse/featured/", handler: (request) => setFeatured(ctx, request, true) },
    {
      method: "DELETE",
      path: "/api/1/reuses/:reuse/featured/",
      handler: (request) => setFeatured(ctx, request, false),
    },
  ];
}

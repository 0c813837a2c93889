import { requireCaller } from "../auth";
import { MESSAGES } from "../constants";
import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { udataTimestamp } from "../dates";
import { forbidden, gone, readJsonObject } from "../http";
import { newObjectId } from "../ids";
import { type ReuseRecord } from "../model";
import { renderReuse } from "../render/reuse";
import { type ReuseInput, readReuseInput } from "../reuse-input";
import { uniqueSlug } from "../slug";
import { canEdit } from "../visibility";
import { editableReuse, findReuse } from "./lookup";

/** Creating, updating (PUT acts as PATCH, `"deleted": null` restores) and soft-deleting reuses. */
async function createReuse(ctx: Context, request: ApiRequest) {
  const caller = requireCaller(request.caller);
  const input = readReuseInput(ctx.store, caller, await readJsonObject(request.raw), null);
  const now = udataTimestamp();
  const organization = input.organization ?? null;
  const reuse: ReuseRecord = {
    id: newObjectId(),
    slug: uniqueSlug(input.title ?? "", (slug) => ctx.store.isReuseSlugTaken(slug)),
    former_slugs: [],
    title: input.title ?? "",
    description: input.description ?? "",
    type: input.type ?? "",
    topic: input.topic ?? "",
    url: input.url ?? "",
    tags: input.tags ?? [],
    datasets: input.datasets ?? [],
    dataservices: input.dataservices ?? [],
    organization,
    owner: organization ? null : (input.owner ?? caller.user.id),
    image: null,
    private: input.private ?? false,
    deleted: null,
    archived: input.archived ?? null,
    featured: null,
    badges: [],
    created_at: now,
    last_modified: now,
    extras: input.extras ?? {},
    metrics: { discussions: 0, followers: 0, views: 0 },
  };
  ctx.store.addReuse(reuse);
  return { status: 201, body: renderReuse(ctx, reuse, caller) };
}

function applyInput(ctx: Context, reuse: ReuseRecord, input: ReuseInput): void {
  if (input.title !== undefined && input.title !== reuse.title) {
    reuse.title = input.title;
    const slug = uniqueSlug(input.title, (taken) => ctx.store.isReuseSlugTaken(taken, reuse));
    if (slug !== reuse.slug) ctx.store.renameReuse(reuse, slug);
  }
  if (input.description !== undefined) reuse.description = input.description;
  if (input.type !== undefined) reuse.type = input.type;
  if (input.topic !== undefined) reuse.topic = input.topic;
  if (input.url !== undefined) reuse.url = input.url;
  if (input.tags !== undefined) reuse.tags = input.tags;
  if (input.datasets !== undefined) reuse.datasets = input.datasets;
  if (input.dataservices !== undefined) reuse.dataservices = input.dataservices;
  if (input.private !== undefined) reuse.private = input.private;
  if (input.extras !== undefined) reuse.extras = input.extras;
  if (input.archived !== undefined) reuse.archived = input.archived;
  if (input.restore) reuse.deleted = null;
  reuse.last_modified = udataTimestamp();
  ctx.store.changed();
}

async function updateReuse(ctx: Context, request: ApiRequest) {
  const caller = requireCaller(request.caller);
  const reuse = findReuse(ctx, request);
  const body = await readJsonObject(request.raw);
  // As udata: a deleted reuse answers 410 unless the body restores it.
  if (reuse.deleted && body.deleted !== null) throw gone(MESSAGES.reuseDeleted);
  if (!canEdit(reuse, caller)) throw forbidden();
  applyInput(ctx, reuse, readReuseInput(ctx.store, caller, body, reuse));
  return { status: 200, body: renderReuse(ctx, reuse, caller) };
}

function deleteReuse(ctx: Context, request: ApiRequest) {
  const reuse = editableReuse(ctx, request, requireCaller(request.caller));
  reuse.deleted = udataTimestamp();
  ctx.store.changed();
  return { status: 204 };
}

export function reuseWriteRoutes(ctx: Context): RouteDefinition[] {
  return [
    { method: "POST", path: "/api/1/reuses/", handler: (request) => createReuse(ctx, request) },
    { method: "PUT", path: "/api/1/reuses/:reuse/", handler: (request) => updateReuse(ctx, request) },
    { method: "DELETE", path: "/api/1/reuses/:reuse/", handler: (request) => deleteReuse(ctx, request) },
  ];
}

import { z } from "zod";
import { requireAdmin } from "../auth";
import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { HttpError, notFound, readJsonObject } from "../http";
import { type Json } from "../json";
import { parseBody } from "./control-body";
import { findReuse } from "./lookup";

/**
 * Reuse badges (udata/core/reuse/api.py AvailableDatasetBadgesAPI, ReuseBadgesAPI, ReuseBadgeAPI;
 * udata/core/badges/api.py add and remove; BadgeMixin in udata/core/badges/models.py). The kinds an admin may
 * add are `Reuse.__badges__`: none in udata 17 (`BADGES = {}`), so every new badge is refused there.
 */
/** How Python's `str.format` writes the kind udata could not add. */
function pythonText(value: Json | undefined): string {
  if (value === undefined || value === null || (typeof value === "string" && !value.trim())) return "None";
  return typeof value === "string" ? value : JSON.stringify(value);
}

async function addBadge(ctx: Context, request: ApiRequest) {
  const reuse = findReuse(ctx, request);
  requireAdmin(request.caller);
  const kind = (await readJsonObject(request.raw)).kind;
  const existing = reuse.badges.find((badge) => badge.kind === kind);
  if (existing) return { status: 200, body: existing };
  if (typeof kind !== "string" || !(kind in ctx.store.state.reuseBadgeKinds)) {
    // BadgeMixin.add_badge raises mongoengine's ValidationError, answered by handle_validation_error.
    throw new HttpError(400, { errors: {}, message: `Unknown badge type for Reuse: ${pythonText(kind)}` });
  }
  const badge = { kind };
  reuse.badges.unshift(badge); // "$position": 0
  ctx.store.changed();
  return { status: 201, body: badge };
}

function removeBadge(ctx: Context, request: ApiRequest) {
  const reuse = findReuse(ctx, request);
  requireAdmin(request.caller);
  const index = reuse.badges.findIndex((badge) => badge.kind === request.params.kind);
  if (index < 0) throw notFound("Badge does not exists");
  reuse.badges.splice(index, 1);
  ctx.store.changed();
  return { status: 204 };
}

export function badgeRoutes(ctx: Context): RouteDefinition[] {
  return [
    {
      method: "GET",
      path: "/api/1/reuses/badges/",
      handler: () => ({ status: 200, body: ctx.store.state.reuseBadgeKinds }),
    },
    { method: "POST", path: "/api/1/reuses/:reuse/badges/", handler: (request) => addBadge(ctx, request) },
    { method: "DELETE", path: "/api/1/reuses/:reuse/badges/:kind/", handler: (request) => removeBadge(ctx, request) },
  ];
}

const badgeKindSchema = z.object({ kind: z.string().trim().min(1).max(100), label: z.string().trim().min(1).max(255) });

/**
 * `POST /_sandbox/badges` `{kind, label}`: a kind admins may add, as an instance configured with it lists;
 * `DELETE /_sandbox/badges`: none again (udata 17), the badges reuses carry staying.
 */
export function badgeControlRoutes(ctx: Context): RouteDefinition[] {
  return [
    {
      method: "POST",
      path: "/_sandbox/badges",
      handler: async (request) => {
        const { kind, label } = await parseBody(request, badgeKindSchema);
        ctx.store.state.reuseBadgeKinds[kind] = label;
        ctx.store.changed();
        return { status: 201, body: ctx.store.state.reuseBadgeKinds };
      },
    },
    {
      method: "DELETE",
      path: "/_sandbox/badges",
      handler: () => {
        ctx.store.state.reuseBadgeKinds = {};
        ctx.store.changed();
        return { status: 204 };
      },
    },
  ];
}

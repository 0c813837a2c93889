import { requireCaller } from "../auth";
import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { countOf } from "../counts";
import { udataTimestamp } from "../dates";
import { modelValidationError, readJsonObject } from "../http";
import { type Json } from "../json";
import { renderMe } from "../render/user";
import { receiveImage } from "../uploads";
import { absolute } from "../urls";

/** The caller's own profile: read, update, delete, avatar and metrics. */
const EDITABLE = ["first_name", "last_name", "about", "website"] as const;
const REQUIRED = new Set(["first_name", "last_name"]);

/** A blank string is read as absent (udata's patch); mongoengine then refuses a required field left empty. */
function profileErrors(body: Record<string, Json | undefined>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of EDITABLE) {
    const value = body[field];
    if (value === undefined) continue;
    const blank = value === null || (typeof value === "string" && !value.trim());
    if (!blank && typeof value !== "string") errors[field] = "StringField only accepts string values";
    else if (blank && REQUIRED.has(field)) errors[field] = "Field is required";
  }
  return errors;
}

async function updateMe(ctx: Context, request: ApiRequest) {
  const { user } = requireCaller(request.caller);
  const body = await readJsonObject(request.raw);
  const errors = profileErrors(body);
  if (Object.keys(errors).length > 0) throw modelValidationError("User", user.id, errors);
  if (typeof body.first_name === "string") user.first_name = body.first_name.trim();
  if (typeof body.last_name === "string") user.last_name = body.last_name.trim();
  if (body.about !== undefined) user.about = typeof body.about === "string" && body.about.trim() ? body.about : null;
  if (body.website !== undefined)
    user.website = typeof body.website === "string" && body.website.trim() ? body.website : null;
  ctx.store.changed();
  return { status: 200, body: renderMe(ctx, user) };
}

/** udata marks the account deleted; its key and tokens stop working at once. */
function deleteMe(ctx: Context, request: ApiRequest) {
  const { user } = requireCaller(request.caller);
  const now = udataTimestamp();
  user.deleted = now;
  for (const token of ctx.store.state.tokens) if (token.user === user.id && !token.revoked_at) token.revoked_at = now;
  ctx.store.setApiKey(user, null);
  return { status: 204 };
}

async function uploadAvatar(ctx: Context, request: ApiRequest) {
  const { user } = requireCaller(request.caller);
  user.avatar = await receiveImage(request.raw, ctx.base, ctx.uploadsDir);
  ctx.store.changed();
  return { status: 200, body: { success: true, image: absolute(ctx.base, user.avatar) } };
}

/**
 * udata's `User` properties (`udata/core/user/models.py`): `datasets_count` and `followers_count` are the
 * user's metrics (nobody follows a user here), the `*_org_count` ones sum over their organizations
 * (whose follower counts are the catalogue's).
 */
function metrics(ctx: Context, request: ApiRequest) {
  const { user, organizations } = requireCaller(request.caller);
  const counts = ctx.counts();
  let datasetsOfOrganizations = 0;
  let followersOfOrganizations = 0;
  for (const id of organizations) {
    datasetsOfOrganizations += countOf(counts.datasetsOfOrganization, id);
    followersOfOrganizations += ctx.store.organization(id)?.metrics.followers ?? 0;
  }
  return {
    status: 200,
    body: {
      datasets_count: countOf(counts.datasetsOfOwner, user.id),
      datasets_org_count: datasetsOfOrganizations,
      followers_count: 0,
      followers_org_count: followersOfOrganizations,
      id: user.id,
      resources_availability: 100,
    },
  };
}

export function meRoutes(ctx: Context): RouteDefinition[] {
  return [
    {
      method: "GET",
      path: "/api/1/me/",
      handler: ({ caller }) => ({ status: 200, body: renderMe(ctx, requireCaller(caller).user) }),
    },
    { method: "PUT", path: "/api/1/me/", handler: (request) => updateMe(ctx, request) },
    { method: "DELETE", path: "/api/1/me/", handler: (request) => deleteMe(ctx, request) },
    { method: "POST", path: "/api/1/me/avatar/", handler: (request) => uploadAvatar(ctx, request) },
    { method: "GET", path: "/api/1/me/metrics/", handler: (request) => metrics(ctx, request) },
  ];
}

import { requireCaller } from "../auth";
import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { udataTimestamp } from "../dates";
import { notFound } from "../http";
import { newObjectId } from "../ids";
import { type ReuseRecord } from "../model";
import { isObjectId } from "../params";
import { pageReply } from "../render/page";
import { userRef } from "../render/refs";

/**
 * Followers of a reuse (udata's FollowAPI, `udata/core/followers/api.py`): the list by current slug or id,
 * optionally of one `user`; following and unfollowing by id only. The seed gives each reuse as many follows
 * as its count (seed/follows.ts); following and unfollowing move both.
 */
function reuseById(ctx: Context, id: string | undefined): ReuseRecord {
  const reuse = id && isObjectId(id) ? ctx.store.reuse(id) : undefined;
  if (!reuse || reuse.id !== id) throw notFound();
  return reuse;
}

function reuseBySlugOrId(ctx: Context, idOrSlug: string | undefined): ReuseRecord {
  const reuse = idOrSlug ? ctx.store.reuse(idOrSlug) : undefined;
  if (reuse && reuse.slug === idOrSlug) return reuse;
  return reuseById(ctx, idOrSlug);
}

function listFollowers(ctx: Context, request: ApiRequest) {
  const reuse = reuseBySlugOrId(ctx, request.params.id);
  const user = request.url.searchParams.get("user");
  if (user !== null && !isObjectId(user)) throw notFound();
  const follows = ctx.store.state.follows.filter(
    (follow) => follow.reuse === reuse.id && (user === null || follow.follower === user),
  );
  return pageReply(request.url, follows, (follow) => ({
    follower: userRef(ctx.base, ctx.store.user(follow.follower)),
    id: follow.id,
    since: follow.since,
  }));
}

function follow(ctx: Context, request: ApiRequest) {
  const caller = requireCaller(request.caller);
  const reuse = reuseById(ctx, request.params.id);
  const follows = ctx.store.state.follows;
  if (follows.some((entry) => entry.reuse === reuse.id && entry.follower === caller.user.id)) {
    return { status: 200, body: { followers: reuse.metrics.followers } };
  }
  follows.push({ id: newObjectId(), follower: caller.user.id, reuse: reuse.id, since: udataTimestamp() });
  reuse.metrics.followers += 1;
  ctx.store.changed();
  return { status: 201, body: { followers: reuse.metrics.followers } };
}

function unfollow(ctx: Context, request: ApiRequest) {
  const caller = requireCaller(request.caller);
  const reuse = reuseById(ctx, request.params.id);
  const follows = ctx.store.state.follows;
  const index = follows.findIndex((entry) => entry.reuse === reuse.id && entry.follower === caller.user.id);
  if (index < 0) throw notFound();
  follows.splice(index, 1);
  reuse.metrics.followers = Math.max(0, reuse.metrics.followers - 1);
  ctx.store.changed();
  return { status: 200, body: { followers: reuse.metrics.followers } };
}

export function followerRoutes(ctx: Context): RouteDefinition[] {
  return [
    { method: "GET", path: "/api/1/reuses/:id/followers/", handler: (request) => listFollowers(ctx, request) },
    { method: "POST", path: "/api/1/reuses/:id/followers/", handler: (request) => follow(ctx, request) },
    { method: "DELETE", path: "/api/1/reuses/:id/followers/", handler: (request) => unfollow(ctx, request) },
  ];
}

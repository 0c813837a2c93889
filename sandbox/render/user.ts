import { type Context } from "../context";
import { type JsonObject } from "../json";
import { type UserRecord } from "../model";
import { absolute, apiUrl, pageUrl, thumbnail } from "../urls";
import { type Caller, isVisible } from "../visibility";
import { organizationRef } from "./refs";

/**
 * Users as udata answers them (udata/core/user/models.py `User` through `generate_fields`): the public profile
 * (`/users/{id}/`) and the caller's own (`/me/`). Email, last login and password rotation are shown to the
 * user and to site admins only, `null` to others.
 */
function organizationsOf(ctx: Context, user: UserRecord): JsonObject[] {
  const refs: JsonObject[] = [];
  for (const id of ctx.store.organizationsOf(user.id)) {
    const ref = organizationRef(ctx.base, ctx.store.organization(id));
    if (ref) refs.push(ref);
  }
  return refs;
}

/** udata's `count_*`: visible datasets and reuses owned, follows made; the sandbox has no follows of users. */
export function userMetrics(ctx: Context, user: UserRecord) {
  const { state } = ctx.store;
  return {
    dataservices: 0,
    datasets: state.datasets.filter((dataset) => dataset.owner === user.id && isVisibleDataset(dataset)).length,
    followers: 0,
    following: state.follows.filter((follow) => follow.follower === user.id).length,
    reuses: state.reuses.filter((reuse) => reuse.owner === user.id && isVisible(reuse)).length,
  };
}

/** udata's `Dataset.objects.visible()`: neither private, deleted nor archived. */
export function isVisibleDataset(dataset: { private: boolean; deleted: string | null; fields: JsonObject }): boolean {
  return !dataset.private && !dataset.deleted && !dataset.fields.archived;
}

export function renderUser(ctx: Context, user: UserRecord, caller: Caller | null): JsonObject {
  const { base } = ctx;
  const adminOrSelf = caller !== null && (caller.isAdmin || caller.user.id === user.id);
  return {
    about: user.about,
    active: user.deleted === null,
    avatar: absolute(base, user.avatar),
    avatar_thumbnail: thumbnail(base, user.avatar, 500),
    email: adminOrSelf ? user.email : null,
    first_name: user.first_name,
    id: user.id,
    last_login_at: adminOrSelf ? user.last_login_at : null,
    last_name: user.last_name,
    metrics: userMetrics(ctx, user),
    organizations: organizationsOf(ctx, user),
    page: pageUrl(base, "users", user.slug),
    password_rotation_demanded: null,
    password_rotation_performed: null,
    roles: user.roles,
    since: user.since,
    slug: user.slug,
    uri: apiUrl(base, "users", user.slug),
    website: user.website,
  };
}

export function renderMe(ctx: Context, user: UserRecord): JsonObject {
  const self = { user, isAdmin: false, organizations: new Set<string>() };
  return { ...renderUser(ctx, user, self), apikey: user.apikey };
}

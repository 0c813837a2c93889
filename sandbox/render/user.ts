import { type Context } from "../context";
import { countOf } from "../counts";
import { type JsonObject } from "../json";
import { type UserRecord } from "../model";
import { absolute, apiUrl, pageUrl, thumbnail } from "../urls";
import { type Caller } from "../visibility";
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

/** udata's `User.count_*`: visible datasets and reuses owned, follows made; nobody follows a user in the sandbox. */
function userMetrics(ctx: Context, user: UserRecord): JsonObject {
  const counts = ctx.counts();
  return {
    dataservices: 0,
    datasets: countOf(counts.datasetsOfOwner, user.id),
    followers: 0,
    following: countOf(counts.followsBy, user.id),
    reuses: countOf(counts.reusesOfOwner, user.id),
  };
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

/** `me_fields`: udata 15 adds the user's `apikey`; 16 dropped it with the key (test_get_me_no_apikey_field). */
export function renderMe(ctx: Context, user: UserRecord): JsonObject {
  const self = { user, isAdmin: false, organizations: new Set<string>() };
  const apikey: JsonObject = ctx.udata.hasApiTokens ? {} : { apikey: user.apikey };
  return { ...renderUser(ctx, user, self), ...apikey };
}

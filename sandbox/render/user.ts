import { type Context } from "../context";
import { countOf } from "../counts";
import { type JsonObject } from "../json";
import { type UserRecord } from "../model";
import { absolute, apiUrl, pageUrl, thumbnail } from "../urls";
import { organizationRef } from "./refs";

/** Users as udata answers them: the public profile (`/users/{id}/`) and the caller's own (`/me/`). */
function organizationsOf(ctx: Context, user: UserRecord): JsonObject[] {
  const refs: JsonObject[] = [];
  for (const id of ctx.store.organizationsOf(user.id)) {
    const ref = organizationRef(ctx.base, ctx.store.organization(id));
    if (ref) refs.push(ref);
  }
  return refs;
}

/** udata's `User.count_*`; nobody follows a user in the sandbox. */
function metrics(ctx: Context, user: UserRecord): JsonObject {
  const counts = ctx.counts();
  return {
    datasets: countOf(counts.datasetsOfOwner, user.id),
    followers: 0,
    following: countOf(counts.followsBy, user.id),
    reuses: countOf(counts.reusesOfOwner, user.id),
  };
}

export function renderUser(ctx: Context, user: UserRecord): JsonObject {
  const { base } = ctx;
  return {
    about: user.about,
    avatar: absolute(base, user.avatar),
    avatar_thumbnail: thumbnail(base, user.avatar, 500),
    first_name: user.first_name,
    id: user.id,
    last_name: user.last_name,
    metrics: metrics(ctx, user),
    organizations: organizationsOf(ctx, user),
    page: pageUrl(base, "users", user.slug),
    roles: user.roles,
    since: user.since,
    slug: user.slug,
    uri: apiUrl(base, "users", user.slug),
    website: user.website,
  };
}

/** `me_fields`: udata 15 adds the user's `apikey`; 16 dropped it with the key (test_get_me_no_apikey_field). */
export function renderMe(ctx: Context, user: UserRecord): JsonObject {
  const apikey: JsonObject = ctx.udata.hasApiTokens ? {} : { apikey: user.apikey };
  return { ...renderUser(ctx, user), active: user.deleted === null, ...apikey, email: user.email };
}

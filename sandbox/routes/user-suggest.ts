import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { parameterError } from "../http";
import { requiredParam } from "../params";
import { slugify } from "../slug";
import { thumbnail } from "../urls";

/**
 * udata/core/user/api.py `SuggestUsersAPI.get`: users whose slug contains the slugified `q`, newest first, `size`
 * of them (1 to 20, `suggest_size`), as api_fields.py `user_suggestion_fields` (the e-mail's domain only, unless
 * the caller is a site admin or that user: `_visible_email`).
 */
const SIZE_HELP = "The size must be an integer between 1 and 20.";

function sizeOf(url: URL): number {
  const raw = url.searchParams.get("size");
  if (raw === null || raw === "") return 10;
  const size = /^\s*[+-]?\d+\s*$/.test(raw) ? Number.parseInt(raw, 10) : Number.NaN;
  if (!(size >= 1 && size <= 20)) throw parameterError("size", SIZE_HELP);
  return size;
}

function suggestUsers(ctx: Context, request: ApiRequest) {
  const needle = slugify(requiredParam(request.url, "q", "The string to autocomplete/suggest"));
  const size = sizeOf(request.url);
  const caller = request.caller;
  const found = ctx.store.state.users
    .filter((user) => !user.deleted && user.slug.includes(needle))
    .sort((a, b) => b.since.localeCompare(a.since))
    .slice(0, size);
  const body = found.map((user) => ({
    avatar_url: thumbnail(ctx.base, user.avatar, 500),
    email: caller?.isAdmin || caller?.user.id === user.id ? user.email : `***@${user.email.split("@")[1] ?? ""}`,
    first_name: user.first_name,
    id: user.id,
    last_name: user.last_name,
    slug: user.slug,
  }));
  return { status: 200, body };
}

export function userSuggestRoutes(ctx: Context): RouteDefinition[] {
  return [{ method: "GET", path: "/api/1/users/suggest/", handler: (request) => suggestUsers(ctx, request) }];
}

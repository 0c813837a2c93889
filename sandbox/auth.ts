import { MESSAGES } from "./constants";
import { unauthorized } from "./http";
import { type Store } from "./store";
import { type Caller } from "./visibility";

const REFUSALS = {
  invalid: MESSAGES.invalidKey,
  revoked: MESSAGES.revokedKey,
  expired: MESSAGES.expiredKey,
} as const;

/**
 * `X-API-KEY` authentication (udata/api/__init__.py `UDataApi.authentify`): no header is an anonymous call; a
 * key that matches no live user, legacy key or API token is a 401 on any /api route, public reads included.
 */
export function authenticate(store: Store, header: string | string[] | undefined): Caller | null {
  const key = Array.isArray(header) ? header[0] : header;
  if (!key) return null;
  const found = store.userByKey(key);
  if ("refused" in found) throw unauthorized(REFUSALS[found.refused]);
  // Flask-Login's login_user refuses an account that is no longer active.
  if (found.user.deleted) throw unauthorized(MESSAGES.inactiveUser);
  const { user } = found;
  return { user, isAdmin: user.roles.includes("admin"), organizations: store.organizationsOf(user.id) };
}

/** udata's `@api.secure`: `abort(401)` without a message, so Werkzeug's own description. */
export function requireCaller(caller: Caller | null): Caller {
  if (!caller) throw unauthorized();
  return caller;
}

import { MESSAGES } from "./constants";
import { HttpError, unauthorized } from "./http";
import { type Store } from "./store";
import { type Caller } from "./visibility";

/**
 * `X-API-KEY` authentication: no header is an anonymous call; a key that matches no live user, legacy
 * key or API token is a 401 on any /api route, as udata answers.
 */
export function authenticate(store: Store, header: string | string[] | undefined): Caller | null {
  const key = Array.isArray(header) ? header[0] : header;
  if (!key) return null;
  const user = store.userByKey(key);
  if (!user || user.deleted) throw new HttpError(401, { message: MESSAGES.invalidKey });
  return { user, isAdmin: user.roles.includes("admin"), organizations: store.organizationsOf(user.id) };
}

export function requireCaller(caller: Caller | null): Caller {
  if (!caller) throw unauthorized();
  return caller;
}

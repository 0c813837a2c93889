import { type IncomingHttpHeaders } from "node:http";
import { MESSAGES } from "./constants";
import { udataTimestamp } from "./dates";
import { forbidden, unauthorized } from "./http";
import { type TokenRecord, type UserRecord } from "./model";
import { userOfBearer } from "./oauth/bearer";
import { type Store } from "./store";
import { type UdataProfile } from "./udata-version";
import { type Caller } from "./visibility";

/** How many User-Agents a token remembers (udata/core/api_token/models.py MAX_USER_AGENTS). */
const MAX_USER_AGENTS = 20;

/** udata ≥ 16 (udata/api/__init__.py `authentify`, ApiToken.authenticate and update_usage). */
function userOfToken(store: Store, plaintext: string, userAgent: string | undefined): UserRecord {
  const token = store.tokenByPlaintext(plaintext);
  if (!token) throw unauthorized(MESSAGES.invalidKey);
  if (token.revoked_at) throw unauthorized(MESSAGES.revokedKey);
  if (token.expires_at && Date.parse(token.expires_at) < Date.now()) throw unauthorized(MESSAGES.expiredKey);
  const user = store.user(token.user);
  if (!user || user.deleted) throw unauthorized(MESSAGES.inactiveUser);
  recordUse(token, userAgent);
  return user;
}

// Kept in memory only: a snapshot per authenticated request would cost more than the date is worth.
function recordUse(token: TokenRecord, userAgent: string | undefined): void {
  token.last_used_at = udataTimestamp();
  if (userAgent && token.user_agents.length < MAX_USER_AGENTS && !token.user_agents.includes(userAgent)) {
    token.user_agents.push(userAgent);
  }
}

/** udata 15 (udata/api/__init__.py at v15.4.1 `authentify`): `User.objects.get(apikey=…)`; deleting an account clears its key. */
function userOfApiKey(store: Store, key: string): UserRecord {
  const user = store.userByApiKey(key);
  if (!user) throw unauthorized(MESSAGES.invalidLegacyKey);
  return user;
}

/**
 * udata/api/__init__.py `UDataApi.authentify`: an `X-API-KEY` udata would refuse is a 401 on any /api route,
 * public reads included, with udata's reason; without one, an OAuth2 bearer token may sign the caller in, and
 * a bad one leaves the call anonymous, as no header at all does.
 */
export function authenticate(store: Store, headers: IncomingHttpHeaders, udata: UdataProfile): Caller | null {
  const header = headers["x-api-key"];
  const key = Array.isArray(header) ? header[0] : header;
  const user = key
    ? udata.hasApiTokens
      ? userOfToken(store, key, headers["user-agent"])
      : userOfApiKey(store, key)
    : userOfBearer(store, headers.authorization);
  if (!user) return null;
  return { user, isAdmin: user.roles.includes("admin"), organizations: store.organizationsOf(user.id) };
}

/** udata's `@api.secure`: `abort(401)` without a message, so Werkzeug's own description. */
export function requireCaller(caller: Caller | null): Caller {
  if (!caller) throw unauthorized();
  return caller;
}

/** Site admins only (udata's `admin_permission`): 401 anonymous, 403 for anyone else. */
export function requireAdmin(caller: Caller | null): Caller {
  const signedIn = requireCaller(caller);
  if (!signedIn.isAdmin) throw forbidden();
  return signedIn;
}

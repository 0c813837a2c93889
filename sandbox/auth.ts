import { type IncomingHttpHeaders } from "node:http";
import { udataTimestamp } from "./dates";
import { HttpError, forbidden, unauthorized } from "./http";
import { type TokenRecord, type UserRecord } from "./model";
import { type Store } from "./store";
import { type UdataProfile } from "./udata-version";
import { type Caller } from "./visibility";

/** How many User-Agents a token remembers (udata/core/api_token/models.py MAX_USER_AGENTS). */
const MAX_USER_AGENTS = 20;

const rejected = (message: string) => new HttpError(401, { message });

/** udata ≥ 16 (udata/api/__init__.py `authentify`, ApiToken.authenticate and update_usage). */
function userOfToken(store: Store, plaintext: string, userAgent: string | undefined): UserRecord {
  const token = store.tokenByPlaintext(plaintext);
  if (!token) throw rejected("Invalid API token");
  if (token.revoked_at) throw rejected("Revoked API token");
  if (token.expires_at && Date.parse(token.expires_at) < Date.now()) throw rejected("Expired API token");
  const user = store.user(token.user);
  if (!user || user.deleted) throw rejected("Inactive user");
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
  if (!user) throw rejected("Invalid API Key");
  return user;
}

/**
 * `X-API-KEY` authentication: no header is an anonymous call; a key udata would refuse is a 401 on any /api
 * route, with udata's reason.
 */
export function authenticate(store: Store, headers: IncomingHttpHeaders, udata: UdataProfile): Caller | null {
  const header = headers["x-api-key"];
  const key = Array.isArray(header) ? header[0] : header;
  if (!key) return null;
  const user = udata.hasApiTokens ? userOfToken(store, key, headers["user-agent"]) : userOfApiKey(store, key);
  return { user, isAdmin: user.roles.includes("admin"), organizations: store.organizationsOf(user.id) };
}

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

import { type UserRecord } from "../model";
import { type Store } from "../store";
import { expiresAt, tokenByAccess } from "./records";

/**
 * `Authorization: Bearer <access token>` on /api (udata/api/oauth2.py `check_credentials` with its
 * `BearerToken` validator): the token's user, or null for anything authlib refuses (no header, another scheme,
 * an unknown, expired or revoked token, a user who cannot sign in): udata swallows the failure, so the request
 * goes on anonymous.
 */
export function userOfBearer(store: Store, header: string | undefined): UserRecord | null {
  const [scheme, value] = (header ?? "").trim().split(/\s+/, 2);
  if (!scheme || !value || scheme.toLowerCase() !== "bearer") return null;
  const token = tokenByAccess(store, value);
  if (!token || token.revoked || expiresAt(token) < Date.now() || !token.user) return null;
  const user = store.user(token.user);
  return user && !user.deleted ? user : null;
}

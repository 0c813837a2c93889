import "server-only";

import type { SignInError } from "~/lib/auth/sign-in-errors";
import { getMe, isUpstreamError, type UpstreamCredential } from "~/server/datagouv";
import { displayName, type Identity, identitySchema, SESSION_MAX_AGE_S } from "./identity";
import { getVault, newSessionId } from "./vault";

/** The user next-auth puts in the JWT: the identity and the session id, never the key. */
export interface SignedInUser {
  id: string;
  sid: string;
  name: string;
  slug: string;
  picture: string | null;
  roles: string[];
  organizations: { id: string; name: string; slug: string }[];
}

/**
 * Checks a key with `GET /me/`. A key data.gouv.fr refuses gives null (next-auth: CredentialsSignin); any other
 * failure throws, and next-auth sends the user back with `error=UpstreamUnavailable`. On success the key goes
 * into the vault under a new random session id, and only that id leaves this function (`error=StoreUnavailable`
 * when the vault cannot keep it).
 */
export async function authorizeApiKey(apiKey: string): Promise<SignedInUser | null> {
  let identity;
  try {
    identity = await getMe(apiKey, { select: identitySchema });
  } catch (error) {
    if (isUpstreamError(error) && error.status === 401) return null;
    throw new Error("UpstreamUnavailable" satisfies SignInError);
  }
  const sid = newSessionId();
  try {
    await getVault().put(sid, apiKey, SESSION_MAX_AGE_S * 1000);
  } catch {
    // The store refuses the write (full or read-only disk, Redis down): no session without its key in the vault.
    throw new Error("StoreUnavailable" satisfies SignInError);
  }
  return signedInUser(identity, sid);
}

function signedInUser(identity: Identity, sid: string): SignedInUser {
  return {
    id: identity.id,
    sid,
    name: displayName(identity),
    slug: identity.slug,
    picture: identity.avatar_thumbnail ?? null,
    roles: identity.roles,
    organizations: identity.organizations,
  };
}

/**
 * The session's display data read again from data.gouv.fr with its credential (after the producer changed their name,
 * avatar or organizations); null when data.gouv.fr cannot tell.
 */
export async function refreshedUser(sid: string, credential: UpstreamCredential): Promise<SignedInUser | null> {
  const identity = await getMe(credential, { select: identitySchema }).catch(() => null);
  return identity && signedInUser(identity, sid);
}

import "server-only";

import { cookies } from "next/headers";

import type { Session } from "~/server/api/trpc";
import { isStoreUnavailable } from "~/server/store/unavailable";
import { SESSION_COOKIE, sessionFromCookie } from "./session-cookie";
import { getVault } from "./vault";

/** The session of this request's cookie (the tRPC context; protectedProcedure then checks the vault). */
export async function readSessionCookie(): Promise<Session | null> {
  return sessionFromCookie((await cookies()).get(SESSION_COOKIE)?.value);
}

/**
 * The signed-in user, for pages: a valid cookie AND a live vault entry. Signing out deletes the entry, so a
 * replayed copy of the old cookie, still a valid JWT until it expires, gets nothing.
 */
export async function getSession(): Promise<Session | null> {
  const session = await readSessionCookie();
  if (!session) return null;
  return (await getVault().get(session.sessionId)) === null ? null : session;
}

/**
 * The same for pages that must tell a signed-out visitor from a store out of reach (Redis down): "unavailable"
 * when the vault cannot be read, for a 503 in words instead of a sign-in page.
 */
export async function getSessionUnlessStoreDown(): Promise<Session | null | "unavailable"> {
  try {
    return await getSession();
  } catch (error) {
    if (isStoreUnavailable(error)) return "unavailable";
    throw error;
  }
}

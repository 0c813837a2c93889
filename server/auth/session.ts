import "server-only";

import type { Session } from "~/server/api/trpc";

/**
 * The caller's session. Sign-in (next-auth with the `api-key` provider and the key vault) is not built yet, so
 * nobody is signed in and every protected procedure answers UNAUTHORIZED.
 */
export async function getSession(): Promise<Session | null> {
  return null;
}

import "server-only";

import { type TRPC_ERROR_CODE_KEY, TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";

import { ReasonError } from "~/server/api/lib/reason-error";
import { signedOutTo } from "~/server/api/lib/signed-out";
import { upstreamStatusOf } from "~/server/api/lib/to-trpc-error";

/** A session signed in with data.gouv.fr that ended (server/api/trpc.ts says so by its reason). */
const endedOAuthSession = (error: TRPCError) => error instanceof ReasonError && error.reason === "oauthSignedOut";

/** Why a public page could not get its data, as the page tells it: its HTTP status and a sentence. */
export type PageFailure =
  { kind: "not-found" } | { kind: "gone" } | { kind: "unavailable"; status: 502 | 503 | 504; message: string };

const UNAVAILABLE_STATUS: Partial<Record<TRPC_ERROR_CODE_KEY, 502 | 503 | 504>> = {
  BAD_GATEWAY: 502,
  SERVICE_UNAVAILABLE: 503,
  // data.gouv.fr asks us to slow down: for a visitor, the page is unavailable for a moment.
  TOO_MANY_REQUESTS: 503,
  GATEWAY_TIMEOUT: 504,
};

/**
 * The data a page needs, or why not. Pages render a 404, a 410 or an "unavailable" page from the failure
 * (the shared cache has already served stale data when it had some). A session that ended (signed out, or a key
 * data.gouv.fr no longer accepts) goes to /sign-in, saying so. Other errors are bugs: rethrown.
 */
export async function pageData<T>(load: Promise<T>): Promise<{ data: T } | { failure: PageFailure }> {
  try {
    return { data: await load };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === "UNAUTHORIZED")
      redirect(signedOutTo(endedOAuthSession(error) ? "OAuthSessionExpired" : "SessionExpired"));
    if (upstreamStatusOf(error) === 410) return { failure: { kind: "gone" } };
    if (error.code === "NOT_FOUND") return { failure: { kind: "not-found" } };
    const status = UNAVAILABLE_STATUS[error.code];
    if (status) return { failure: { kind: "unavailable", status, message: error.message } };
    throw error;
  }
}

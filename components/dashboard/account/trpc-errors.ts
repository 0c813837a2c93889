import type { TRPCClientErrorLike } from "@trpc/client";

import type { AppRouter } from "~/server/api/root";
import { leaveSessionExpired } from "./end-session";

export type ClientError = TRPCClientErrorLike<AppRouter>;

/**
 * The messages to show next to each field after a failed call: the procedure's own checks (zod) and
 * data.gouv.fr's validation errors (already in French where they are known).
 */
export function fieldErrorsOf(error: ClientError): Record<string, string> {
  const messages: Record<string, string> = {};
  const sources: Record<string, string[] | undefined>[] = [
    error.data?.zodError?.fieldErrors ?? {},
    error.data?.fieldErrors ?? {},
  ];
  for (const source of sources) {
    for (const [field, list] of Object.entries(source)) {
      const first = list?.[0];
      if (first && !messages[field]) messages[field] = first;
    }
  }
  return messages;
}

/** A call refused because the session ended (signed out elsewhere, key no longer valid): go and say so. */
export function leaveIfSignedOut(error: ClientError): boolean {
  if (error.data?.code !== "UNAUTHORIZED") return false;
  leaveSessionExpired();
  return true;
}

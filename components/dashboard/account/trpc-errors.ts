import type { TRPCClientErrorLike } from "@trpc/client";

import { messagesByField } from "~/components/trpc/error-fields";
import type { AppRouter } from "~/server/api/root";
import { leaveSessionExpired } from "./end-session";

export type ClientError = TRPCClientErrorLike<AppRouter>;

/** The first message to show next to each field after a failed call (see messagesByField). */
export function fieldErrorsOf(error: ClientError): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [field, [first]] of Object.entries(messagesByField(error.data))) {
    if (first) messages[field] = first;
  }
  return messages;
}

/** A call refused because the session ended (signed out elsewhere, key no longer valid): go and say so. */
export function leaveIfSignedOut(error: ClientError): boolean {
  if (error.data?.code !== "UNAUTHORIZED") return false;
  leaveSessionExpired();
  return true;
}

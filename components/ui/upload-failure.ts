import { TRPCClientError } from "@trpc/client";

import type { AppRouter } from "~/server/api/root";
import { errorDataSchema, Failure, failureOf, type SayReason } from "./failure";

// Why an image upload failed: the answer may not be tRPC's (a proxy's page, a 413), or none came at all.

/** The HTTP status of an answer that was not tRPC's (form-data-link's `meta.status`; 0: no answer). */
function foreignStatus(error: TRPCClientError<AppRouter>): number | undefined {
  if (error.data) return undefined;
  const status = error.meta?.status;
  return typeof status === "number" ? status : undefined;
}

const aborted = (error: TRPCClientError<AppRouter>) => error.cause?.name === "AbortError";

/** A failure of the reason's sentence (a key the catalogs' `errors` has), with the code the server would give. */
const failureFor = (say: SayReason, reason: string, code: string | undefined) =>
  new Failure(say(reason) ?? reason, code);

/** Why an upload of the shared uploader failed: a sentence about the file itself says more than the call's. */
export function uploadProblem(error: unknown, say: SayReason): Failure {
  if (!(error instanceof TRPCClientError)) return failureFor(say, "uploadFailed", undefined);
  const parsed = errorDataSchema.safeParse(error.data);
  if (!parsed.success || parsed.data.code === undefined) {
    if (aborted(error)) return failureFor(say, "uploadCancelled", undefined);
    return failureFor(say, foreignStatus(error) === 413 ? "fileTooLarge" : "uploadFailed", undefined);
  }
  const data = parsed.data;
  // data.gouv.fr's message about the file, or ours (the server names the refused field only).
  const fileMessage =
    data.fieldErrors?.file?.[0] ?? (data.invalidFields?.includes("file") ? say("fileRefused") : undefined);
  const failure = failureOf(error, say);
  return fileMessage ? new Failure(fileMessage, failure.code) : failure;
}

/**
 * Why a reuse form's upload failed, as the forms' Failure: failureOf's, and for an answer that was not tRPC's
 * (a proxy's page), that it could not be read, or that the file was too large.
 */
export function uploadFailureOf(error: unknown, say: SayReason): Failure {
  if (error instanceof TRPCClientError) {
    const status = foreignStatus(error);
    if (status === 413) return failureFor(say, "fileTooLarge", "PAYLOAD_TOO_LARGE");
    if (status !== undefined && status > 0) return failureFor(say, "unreadableAnswer", "INTERNAL_SERVER_ERROR");
  }
  return failureOf(error, say);
}

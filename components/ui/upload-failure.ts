import { TRPCClientError } from "@trpc/client";

import type { AppRouter } from "~/server/api/root";
import { errorDataSchema, Failure, failureOf } from "./failure";

// Why an image upload failed: the answer may not be tRPC's (a proxy's page, a 413), or none came at all.

const FAILED = "L'envoi a échoué. Vérifiez votre connexion puis réessayez.";
const TOO_LARGE = "Le fichier est trop volumineux.";
const FILE_REFUSED = "Cette image n'a pas été acceptée : choisissez une image JPEG, PNG ou WebP de 4 Mo au plus.";
const UNREADABLE = "La réponse du site n’a pas pu être lue : réessayez dans un instant.";

/** The HTTP status of an answer that was not tRPC's (form-data-link's `meta.status`; 0: no answer). */
function foreignStatus(error: TRPCClientError<AppRouter>): number | undefined {
  if (error.data) return undefined;
  const status = error.meta?.status;
  return typeof status === "number" ? status : undefined;
}

const aborted = (error: TRPCClientError<AppRouter>) => error.cause?.name === "AbortError";

/** Why an upload of the shared uploader failed, in French, and whether the session ended. */
export function uploadProblem(error: unknown): { message: string; signedOut: boolean } {
  if (!(error instanceof TRPCClientError)) return { message: FAILED, signedOut: false };
  const parsed = errorDataSchema.safeParse(error.data);
  if (!parsed.success || parsed.data.code === undefined) {
    if (aborted(error)) return { message: "Envoi annulé.", signedOut: false };
    return { message: foreignStatus(error) === 413 ? TOO_LARGE : FAILED, signedOut: false };
  }
  const data = parsed.data;
  // A message about the file itself (data.gouv.fr's, or ours: the server names the field only) says more.
  const fileMessage = data.fieldErrors?.file?.[0] ?? (data.invalidFields?.includes("file") ? FILE_REFUSED : undefined);
  return { message: fileMessage ?? error.message, signedOut: data.code === "UNAUTHORIZED" };
}

/**
 * Why a reuse form's upload failed, as the forms' Failure: failureOf's, and for an answer that was not tRPC's
 * (a proxy's page), that it could not be read, or that the file was too large.
 */
export function uploadFailureOf(error: unknown): Failure {
  if (error instanceof TRPCClientError) {
    const status = foreignStatus(error);
    if (status === 413) return new Failure(TOO_LARGE, "PAYLOAD_TOO_LARGE");
    if (status !== undefined && status > 0) return new Failure(UNREADABLE, "INTERNAL_SERVER_ERROR");
  }
  return failureOf(error);
}

import { type TRPCClient, TRPCClientError } from "@trpc/client";

import { Failure, failureOf } from "~/components/dashboard/reuses/form/failure";
import type { BBox } from "~/components/dashboard/reuses/image/crop";
import { errorDataSchema } from "~/components/trpc/error-fields";
import { type ProgressListener, UPLOAD_PROGRESS } from "~/components/trpc/form-data-link";
import type { AppRouter } from "~/server/api/root";

/** The procedures that take an image as a multipart form (server/api/routers: `imageUploadInput`). */
export type ImageProcedure = "account.profile.uploadAvatar" | "producerReuses.uploadImage";

/**
 * Sends a multipart form to an upload procedure through the tRPC client, whose link for FormData reports the
 * progress (components/trpc/form-data-link.ts). Resolves with the image's new address; rejects with a
 * TRPCClientError.
 */
export async function sendImage(
  client: TRPCClient<AppRouter>,
  procedure: ImageProcedure,
  form: FormData,
  onProgress: ProgressListener,
): Promise<{ image: string | null }> {
  const options = { context: { [UPLOAD_PROGRESS]: onProgress } };
  const answer =
    procedure === "producerReuses.uploadImage"
      ? await client.producerReuses.uploadImage.mutate(form, options)
      : await client.account.profile.uploadAvatar.mutate(form, options);
  onProgress(1);
  return answer;
}

/** The form of a reuse's image: its id, the file, and udata's crop box. */
export function reuseImageForm(reuseId: string, file: File, bbox: BBox | undefined): FormData {
  const form = new FormData();
  form.append("id", reuseId);
  form.append("file", file);
  if (bbox) form.append("bbox", bbox.join(","));
  return form;
}

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

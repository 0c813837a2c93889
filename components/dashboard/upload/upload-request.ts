import type { TRPCClient } from "@trpc/client";

import type { BBox } from "~/components/dashboard/reuses/image/crop";
import { type ProgressListener, UPLOAD_PROGRESS } from "~/components/trpc/form-data-link";
import type { ImageProcedure } from "~/lib/images/image-rules";
import type { AppRouter } from "~/server/api/root";

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

import { z } from "zod";

import { Failure, failureFromShape } from "../form/failure";
import type { BBox } from "./crop";

/** tRPC's answer, as superjson writes it: plain JSON values (all these answers hold) sit under `json`. */
const answerSchema = z.union([
  z.object({ result: z.object({ data: z.object({ json: z.object({ image: z.string().nullable() }) }) }) }),
  z.object({ error: z.object({ json: z.object({ message: z.string(), data: z.unknown() }) }) }),
]);

const UNREADABLE = "La réponse du site n’a pas pu être lue : réessayez dans un instant.";

interface ImageUploadRequest {
  reuseId: string;
  file: File;
  bbox: BBox | undefined;
  /** From 0 to 1, as the bytes leave the browser. */
  onProgress: (fraction: number) => void;
}

/**
 * Sends the image to the `producerReuses.uploadImage` procedure as multipart form data. XMLHttpRequest rather
 * than fetch: only it tells how much of the upload has been sent, for the progress bar. Resolves with the
 * image's new address; rejects with a Failure.
 */
export function uploadReuseImage({ reuseId, file, bbox, onProgress }: ImageUploadRequest): Promise<string | null> {
  const form = new FormData();
  form.append("id", reuseId);
  form.append("file", file);
  if (bbox) form.append("bbox", bbox.join(","));

  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/trpc/producerReuses.uploadImage");
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener("load", () => {
      const answer = answerSchema.safeParse(parseJson(request.responseText));
      if (!answer.success) return reject(new Failure(UNREADABLE, "INTERNAL_SERVER_ERROR"));
      if ("error" in answer.data) {
        const { message, data } = answer.data.error.json;
        return reject(failureFromShape(message, data));
      }
      onProgress(1);
      resolve(answer.data.result.data.json.image);
    });
    // No answer at all: the connection broke (failureFromShape says so for an answer without a code).
    for (const type of ["error", "abort", "timeout"] as const) {
      request.addEventListener(type, () => reject(failureFromShape("", undefined)));
    }
    request.send(form);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

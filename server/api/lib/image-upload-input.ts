import "server-only";

import { z } from "zod";

import { imageFileProblem } from "~/lib/images/image-rules";

const imageFile = z.instanceof(File).superRefine((file, ctx) => {
  const problem = imageFileProblem(file);
  if (problem) ctx.addIssue({ code: "custom", message: problem.key });
});

/**
 * The input of an image-upload procedure: the multipart form that the shared uploader
 * (components/dashboard/upload) posts, with the image as `file` and the text fields named in `fields` (e.g. the
 * id of the reuse whose image it is). The uploader checks the file first; this checks it again.
 */
export function imageUploadInput<Shape extends z.core.$ZodShape>(fields: Shape) {
  return z
    .instanceof(FormData)
    .transform((form): unknown => Object.fromEntries(form.entries()))
    .pipe(z.object({ ...fields, file: imageFile }));
}

/** The file name sent upstream: udata keeps at most 255 characters of it. */
export function uploadName(file: File): string | undefined {
  return file.name.slice(0, 255).trim() || undefined;
}

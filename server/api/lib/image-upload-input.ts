import "server-only";

import { z } from "zod";

import { DEFAULT_LOCALE } from "~/lib/i18n/locales";
import { imageFileProblem } from "~/lib/images/image-rules";

const imageFile = z.instanceof(File).superRefine((file, ctx) => {
  // Only the key travels (the form says it in its own language): the size's language does not matter here.
  const problem = imageFileProblem(file, DEFAULT_LOCALE);
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

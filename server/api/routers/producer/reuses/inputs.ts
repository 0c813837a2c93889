import "server-only";

import { z } from "zod";

import { reuseFieldsSchema } from "~/lib/reuses/reuse-form-schema";
import { ACCEPTED_IMAGE_TYPES, MAX_IMAGE_BYTES } from "~/lib/images/image-rules";
import { REUSE_TOPICS, REUSE_TYPES, objectIdSchema } from "~/lib/udata/vocabulary";

// No messages here: of a refused input only the fields' names leave the server (server/api/lib/input-error.ts);
// the forms say why in the browser, from the same rules (lib/reuses/reuse-form-schema.ts).

export const reuseIdInput = z.object({ id: objectIdSchema });

/** The form's fields, with the types and topics udata knows (the form sends them as the strings it holds). */
const writableFields = reuseFieldsSchema.extend({
  type: z.string().pipe(z.enum(REUSE_TYPES)),
  topic: z.string().pipe(z.enum(REUSE_TOPICS)),
});
const datasetIds = z.array(objectIdSchema).max(50);

/** A new reuse: for the caller, or for one of their organizations (udata checks they belong to it). */
export const createInput = writableFields.extend({ organization: objectIdSchema.optional() });

/** A partial update: only the fields given change. `datasets` and `dataservices` replace their whole lists; `private` hides or shows. */
export const updateInput = writableFields.partial().extend({
  id: objectIdSchema,
  datasets: datasetIds.optional(),
  dataservices: z.array(objectIdSchema).max(50).optional(),
  private: z.boolean().optional(),
});

export const addDatasetsInput = z.object({ id: objectIdSchema, datasets: datasetIds.min(1) });
export const removeDatasetInput = z.object({ id: objectIdSchema, dataset: objectIdSchema });
export const addDataservicesInput = z.object({
  id: objectIdSchema,
  dataservices: z.array(objectIdSchema).min(1).max(20),
});
export const removeDataserviceInput = z.object({ id: objectIdSchema, dataservice: objectIdSchema });

/** `x1,y1,x2,y2`, integers, a box with an area. */
const bboxField = z
  .string()
  .regex(/^\d{1,6},\d{1,6},\d{1,6},\d{1,6}$/)
  .transform((value) => value.split(",").map(Number))
  .pipe(z.tuple([z.number(), z.number(), z.number(), z.number()]))
  .refine(([x1, y1, x2, y2]) => x2 > x1 && y2 > y1);

/** The multipart body of an image upload (sent by XMLHttpRequest, for its progress): `id`, `file`, `bbox`. */
export const imageUploadInput = z.preprocess(
  (form) =>
    form instanceof FormData
      ? { id: form.get("id"), file: form.get("file"), bbox: form.get("bbox") ?? undefined }
      : form,
  z.object({
    id: objectIdSchema,
    file: z
      .instanceof(File)
      .refine((file) => file.size > 0)
      .refine((file) => file.size <= MAX_IMAGE_BYTES)
      .refine((file) => ACCEPTED_IMAGE_TYPES.includes(file.type)),
    bbox: bboxField.optional(),
  }),
);

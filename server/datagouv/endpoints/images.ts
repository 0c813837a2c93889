import "server-only";

import { z } from "zod";

import { validInput } from "./shared";

/** udata accepts these image formats (anything else: 400 "Unsupported image format"). */
export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;

const coordinate = z.number().int().min(0).max(100_000);

const imageUploadSchema = z
  .object({
    file: z
      .instanceof(Blob)
      .refine((file) => file.size > 0, "Le fichier est vide.")
      .refine(
        (file) => file.type === "" || (IMAGE_TYPES as readonly string[]).includes(file.type),
        "Image JPEG, PNG ou WebP attendue.",
      ),
    filename: z.string().trim().min(1).max(255).optional(),
    /** Crop box `[x1, y1, x2, y2]` in pixels, sent as udata's `bbox` "x1,y1,x2,y2". */
    bbox: z.tuple([coordinate, coordinate, coordinate, coordinate]).optional(),
  })
  .refine(({ bbox }) => !bbox || (bbox[2] > bbox[0] && bbox[3] > bbox[1]), {
    path: ["bbox"],
    message: "Zone de recadrage invalide.",
  });

export type ImageUpload = z.input<typeof imageUploadSchema>;

/** The multipart body of an image upload: `file`, and `bbox` when cropping. */
export function imageForm(input: ImageUpload): FormData {
  const { file, filename, bbox } = validInput(imageUploadSchema, input);
  const form = new FormData();
  form.append("file", file, filename ?? "image");
  if (bbox) form.append("bbox", bbox.join(","));
  return form;
}

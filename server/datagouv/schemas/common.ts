import "server-only";

import { z } from "zod";

/**
 * A date-time as udata writes it (`2026-09-01T12:59:07.695000+00:00`, sometimes without offset): kept as the
 * string, since the formats vary and a page only displays it.
 */
export const dateTimeSchema = z.string();

/** A date-time we send: ISO 8601 with an offset (`new Date().toISOString()`). */
export const dateTimeInputSchema = z.iso.datetime({ offset: true });

/** Free key-value pairs (`extras`, `quality`, organization metrics…). */
export const recordSchema = z.record(z.string(), z.unknown());

export const badgeSchema = z.object({ kind: z.string() });
export type Badge = z.output<typeof badgeSchema>;

/** `GET /reuses/types/`, `/reuses/topics/`. */
export const idLabelSchema = z.object({ id: z.string(), label: z.string() });
export type IdLabel = z.output<typeof idLabelSchema>;

/** Answer of an image upload (`POST /reuses/{id}/image/`, `/me/avatar/`). */
export const uploadedImageSchema = z.object({
  success: z.boolean().optional(),
  image: z.string().nullable(),
});
export type UploadedImage = z.output<typeof uploadedImageSchema>;

/** Answers that carry nothing we use (204, or a body we ignore). */
export const noContentSchema = z.unknown().transform((): void => undefined);

const pageNumber = z.number().int().min(1).max(10_000);
const pageSize = z.number().int().min(1).max(100);

export const pageParamsSchema = z.object({ page: pageNumber.optional(), page_size: pageSize.optional() });
export type PageParams = z.input<typeof pageParamsSchema>;

/** `…/suggest/` parameters. */
export const suggestParamsSchema = z.object({
  q: z.string().trim().min(1).max(200),
  size: z.number().int().min(1).max(100).optional(),
});
export type SuggestParams = z.input<typeof suggestParamsSchema>;

/** `?q=` filter of the `/me/org_*` lists. */
export const filterParamsSchema = z.object({ q: z.string().trim().min(1).max(200).optional() });
export type FilterParams = z.input<typeof filterParamsSchema>;

/** A udata page. Field order is the order of the derived X-Fields mask. */
export function page<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    page_size: z.number().int(),
    next_page: z.string().nullable(),
    previous_page: z.string().nullable(),
  });
}

export interface Page<T> {
  data: T[];
  total: number;
  page: number;
  page_size: number;
  next_page: string | null;
  previous_page: string | null;
}

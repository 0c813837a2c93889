import "server-only";

import { z } from "zod";

import { dateTimeInputSchema, recordSchema } from "./common";
import { REUSE_DESCRIPTION_MAX, REUSE_TAG_MAX, REUSE_TITLE_MAX, REUSE_URL_MAX } from "~/lib/udata/reuse-limits";
import { REUSE_TOPICS, REUSE_TYPES, objectIdSchema, SLUG_PATTERN } from "~/lib/udata/vocabulary";

const httpUrl = z
  .string()
  .trim()
  .max(REUSE_URL_MAX)
  .pipe(z.url({ protocol: /^https?$/, error: "Adresse http:// ou https:// attendue." }));
const tag = z.string().trim().min(1).max(REUSE_TAG_MAX);

/** Fields a reuse owner may write (POST and PUT). */
const writableFields = {
  title: z.string().trim().min(1).max(REUSE_TITLE_MAX),
  description: z.string().trim().min(1).max(REUSE_DESCRIPTION_MAX),
  type: z.enum(REUSE_TYPES),
  topic: z.enum(REUSE_TOPICS),
  url: httpUrl,
  tags: z.array(tag).max(100).optional(),
  datasets: z.array(objectIdSchema).max(500).optional(),
  /** The APIs it uses (udata's `Reuse.dataservices`); a PUT replaces the whole list. */
  dataservices: z.array(objectIdSchema).max(500).optional(),
  private: z.boolean().optional(),
  /** An archival date, or null to unarchive (udata stores a DateTimeField). */
  archived: dateTimeInputSchema.nullable().optional(),
  extras: recordSchema.optional(),
};

/**
 * `POST /reuses/`: title, description, type, url and topic required. `owner` or `organization` (not both) can
 * only be set here; without either udata makes the caller the owner.
 */
export const reuseCreateInputSchema = z
  .object({
    ...writableFields,
    organization: objectIdSchema.optional(),
    owner: objectIdSchema.optional(),
  })
  // One or the other (udata's ReuseForm): a refusal names the field only, like every check of this client's.
  .refine((input) => !(input.organization && input.owner), { path: ["organization"] });
export type ReuseCreateInput = z.input<typeof reuseCreateInputSchema>;

/** `PUT /reuses/{id}/` acts like PATCH: every field optional; `deleted: null` restores a deleted reuse. */
export const reuseUpdateInputSchema = z.object(writableFields).partial().extend({ deleted: z.null().optional() });
export type ReuseUpdateInput = z.input<typeof reuseUpdateInputSchema>;

/** `POST /reuses/{id}/badges/` (site admins). */
export const badgeInputSchema = z.object({ kind: z.string().regex(SLUG_PATTERN) });
export type BadgeInput = z.input<typeof badgeInputSchema>;

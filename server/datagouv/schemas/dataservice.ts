import "server-only";

import { z } from "zod";

import { dateTimeSchema, pageParamsSchema } from "./common";
import { organizationRefSchema } from "./organization";
import { userRefSchema } from "./user";

/**
 * An API as `GET /dataservices/` and `GET /dataservices/{id}/` give it (udata/core/dataservices/models.py
 * `Dataservice.__read_fields__`), the fields the site reads; `datasets` is a link, not a list.
 */
export const dataserviceSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  acronym: z.string().nullable().optional(),
  description: z.string(),
  base_api_url: z.string().nullable().optional(),
  organization: organizationRefSchema.nullable(),
  owner: userRefSchema.nullable(),
  private: z.boolean(),
  archived_at: dateTimeSchema.nullable().optional(),
  deleted_at: dateTimeSchema.nullable().optional(),
  created_at: dateTimeSchema,
  self_api_url: z.string(),
  self_web_url: z.string(),
});
export type Dataservice = z.output<typeof dataserviceSchema>;

/** `GET /dataservices/`: `q` searches titles (every word, udata's text index). */
export const dataserviceListParamsSchema = pageParamsSchema.extend({ q: z.string().trim().min(1).max(200).optional() });
export type DataserviceListParams = z.input<typeof dataserviceListParamsSchema>;

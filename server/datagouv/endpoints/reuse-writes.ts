import "server-only";

import { upstream, upstreamResponse } from "../client";
import { apiPath, badgeKind, slugOrId } from "../paths";
import { badgeSchema, noContentSchema, uploadedImageSchema, type Badge, type UploadedImage } from "../schemas/common";
import { reuseSchema, type Reuse } from "../schemas/reuse";
import {
  badgeInputSchema,
  reuseCreateInputSchema,
  reuseUpdateInputSchema,
  type BadgeInput,
  type ReuseCreateInput,
  type ReuseUpdateInput,
} from "../schemas/reuse-input";
import { imageForm, type ImageUpload } from "./images";
import { validInput } from "./shared";
import { objectIdSchema } from "~/lib/udata/vocabulary";

// Writes need the user's key, are never retried, and return the full reuse (no mask).

/** `POST /reuses/` → 201 with the new reuse; 400 with field errors (e.g. url already registered). */
export async function createReuse(apiKey: string, input: ReuseCreateInput): Promise<Reuse> {
  const body = validInput(reuseCreateInputSchema, input);
  return upstream({ method: "POST", path: apiPath`/reuses/`, body, apiKey, schema: reuseSchema });
}

/** `PUT /reuses/{id}/`, a partial update; `{deleted: null}` restores a deleted reuse. */
export async function updateReuse(apiKey: string, reuse: string, input: ReuseUpdateInput): Promise<Reuse> {
  const path = apiPath`/reuses/${slugOrId(reuse)}/`;
  const body = validInput(reuseUpdateInputSchema, input);
  return upstream({ method: "PUT", path, body, apiKey, schema: reuseSchema });
}

/** `DELETE /reuses/{id}/`: soft delete (204); 410 when already deleted. */
export async function deleteReuse(apiKey: string, reuse: string): Promise<void> {
  await upstream({ method: "DELETE", path: apiPath`/reuses/${slugOrId(reuse)}/`, apiKey, schema: noContentSchema });
}

/** `POST /reuses/{id}/image/`: multipart `file` (JPEG, PNG, WebP), optional crop box. */
export async function uploadReuseImage(apiKey: string, reuse: string, image: ImageUpload): Promise<UploadedImage> {
  const path = apiPath`/reuses/${slugOrId(reuse)}/image/`;
  return upstream({ method: "POST", path, body: imageForm(image), apiKey, schema: uploadedImageSchema });
}

/** `POST /reuses/{id}/datasets/` `{id}`: `added` is false when the dataset was already there (200, not 201). */
export async function addReuseDataset(
  apiKey: string,
  reuse: string,
  datasetId: string,
): Promise<{ reuse: Reuse; added: boolean }> {
  const path = apiPath`/reuses/${slugOrId(reuse)}/datasets/`;
  const body = { id: validInput(objectIdSchema, datasetId) };
  const { status, data } = await upstreamResponse({ method: "POST", path, body, apiKey, schema: reuseSchema });
  return { reuse: data, added: status === 201 };
}

/** `POST /reuses/{id}/featured/` (site admins). */
export async function featureReuse(apiKey: string, reuse: string): Promise<Reuse> {
  const path = apiPath`/reuses/${slugOrId(reuse)}/featured/`;
  return upstream({ method: "POST", path, apiKey, schema: reuseSchema });
}

/** `DELETE /reuses/{id}/featured/` (site admins). */
export async function unfeatureReuse(apiKey: string, reuse: string): Promise<Reuse> {
  const path = apiPath`/reuses/${slugOrId(reuse)}/featured/`;
  return upstream({ method: "DELETE", path, apiKey, schema: reuseSchema });
}

/** `POST /reuses/{id}/badges/` `{kind}` (site admins). */
export async function addReuseBadge(apiKey: string, reuse: string, input: BadgeInput): Promise<Badge> {
  const path = apiPath`/reuses/${slugOrId(reuse)}/badges/`;
  const body = validInput(badgeInputSchema, input);
  return upstream({ method: "POST", path, body, apiKey, schema: badgeSchema });
}

/** `DELETE /reuses/{id}/badges/{kind}/` (site admins). */
export async function removeReuseBadge(apiKey: string, reuse: string, kind: string): Promise<void> {
  const path = apiPath`/reuses/${slugOrId(reuse)}/badges/${badgeKind(kind)}/`;
  await upstream({ method: "DELETE", path, apiKey, schema: noContentSchema });
}

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
import type { UpstreamCredential } from "../credential";

// Writes need the user's key, are never retried, and return the full reuse (no mask).

/** `POST /reuses/` → 201 with the new reuse; 400 with field errors (e.g. url already registered). */
export async function createReuse(credential: UpstreamCredential, input: ReuseCreateInput): Promise<Reuse> {
  const body = validInput(reuseCreateInputSchema, input);
  return upstream({ method: "POST", path: apiPath`/reuses/`, body, credential, schema: reuseSchema });
}

/** `PUT /reuses/{id}/`, a partial update; `{deleted: null}` restores a deleted reuse. */
export async function updateReuse(
  credential: UpstreamCredential,
  reuse: string,
  input: ReuseUpdateInput,
): Promise<Reuse> {
  const path = apiPath`/reuses/${slugOrId(reuse)}/`;
  const body = validInput(reuseUpdateInputSchema, input);
  return upstream({ method: "PUT", path, body, credential, schema: reuseSchema });
}

/** `DELETE /reuses/{id}/`: soft delete (204); 410 when already deleted. */
export async function deleteReuse(credential: UpstreamCredential, reuse: string): Promise<void> {
  await upstream({ method: "DELETE", path: apiPath`/reuses/${slugOrId(reuse)}/`, credential, schema: noContentSchema });
}

/** `POST /reuses/{id}/image/`: multipart `file` (JPEG, PNG, WebP), optional crop box. */
export async function uploadReuseImage(
  credential: UpstreamCredential,
  reuse: string,
  image: ImageUpload,
): Promise<UploadedImage> {
  const path = apiPath`/reuses/${slugOrId(reuse)}/image/`;
  return upstream({ method: "POST", path, body: imageForm(image), credential, schema: uploadedImageSchema });
}

/** `POST /reuses/{id}/datasets/` `{id}`: `added` is false when the dataset was already there (200, not 201). */
export async function addReuseDataset(
  credential: UpstreamCredential,
  reuse: string,
  datasetId: string,
): Promise<{ reuse: Reuse; added: boolean }> {
  const path = apiPath`/reuses/${slugOrId(reuse)}/datasets/`;
  const body = { id: validInput(objectIdSchema, datasetId) };
  const { status, data } = await upstreamResponse({ method: "POST", path, body, credential, schema: reuseSchema });
  return { reuse: data, added: status === 201 };
}

/** `POST /reuses/{id}/dataservices/` `{id}`: `added` is false when the API was already there (200, not 201). */
export async function addReuseDataservice(
  credential: UpstreamCredential,
  reuse: string,
  dataserviceId: string,
): Promise<{ reuse: Reuse; added: boolean }> {
  const path = apiPath`/reuses/${slugOrId(reuse)}/dataservices/`;
  const body = { id: validInput(objectIdSchema, dataserviceId) };
  const { status, data } = await upstreamResponse({ method: "POST", path, body, credential, schema: reuseSchema });
  return { reuse: data, added: status === 201 };
}

/** `POST /reuses/{id}/featured/` (site admins). */
export async function featureReuse(credential: UpstreamCredential, reuse: string): Promise<Reuse> {
  const path = apiPath`/reuses/${slugOrId(reuse)}/featured/`;
  return upstream({ method: "POST", path, credential, schema: reuseSchema });
}

/** `DELETE /reuses/{id}/featured/` (site admins). */
export async function unfeatureReuse(credential: UpstreamCredential, reuse: string): Promise<Reuse> {
  const path = apiPath`/reuses/${slugOrId(reuse)}/featured/`;
  return upstream({ method: "DELETE", path, credential, schema: reuseSchema });
}

/** `POST /reuses/{id}/badges/` `{kind}` (site admins). */
export async function addReuseBadge(credential: UpstreamCredential, reuse: string, input: BadgeInput): Promise<Badge> {
  const path = apiPath`/reuses/${slugOrId(reuse)}/badges/`;
  const body = validInput(badgeInputSchema, input);
  return upstream({ method: "POST", path, body, credential, schema: badgeSchema });
}

/** `DELETE /reuses/{id}/badges/{kind}/` (site admins). */
export async function removeReuseBadge(credential: UpstreamCredential, reuse: string, kind: string): Promise<void> {
  const path = apiPath`/reuses/${slugOrId(reuse)}/badges/${badgeKind(kind)}/`;
  await upstream({ method: "DELETE", path, credential, schema: noContentSchema });
}

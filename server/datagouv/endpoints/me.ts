import "server-only";

import { upstream } from "../client";
import { apiPath } from "../paths";
import { noContentSchema, uploadedImageSchema, type UploadedImage } from "../schemas/common";
import { apiKeySchema, meSchema, meUpdateInputSchema, type Me, type MeUpdateInput } from "../schemas/me";
import { myMetricsSchema, type MyMetrics } from "../schemas/metrics";
import { imageForm, type ImageUpload } from "./images";
import { readOne, validInput, type ItemSchema, type ReadOptions } from "./shared";

type KeyedReadOptions<T extends ItemSchema> = Omit<ReadOptions<T>, "apiKey">;

/** `GET /me/`: who owns this key (401 when the key is not valid: that is how sign-in checks a key). */
export async function getMe<T extends ItemSchema = typeof meSchema>(apiKey: string, options: KeyedReadOptions<T> = {}) {
  return readOne(apiPath`/me/`, meSchema, { ...options, apiKey });
}

/** `PUT /me/`: update the profile. */
export async function updateMe(apiKey: string, input: MeUpdateInput): Promise<Me> {
  const body = validInput(meUpdateInputSchema, input);
  return upstream({ method: "PUT", path: apiPath`/me/`, body, apiKey, schema: meSchema });
}

/** `DELETE /me/`: delete the account (204). */
export async function deleteMe(apiKey: string): Promise<void> {
  await upstream({ method: "DELETE", path: apiPath`/me/`, apiKey, schema: noContentSchema });
}

/**
 * udata 15's `POST /me/apikey/` (gone since 16: see `keyApiOf`): a new key replaces the current one, which stops
 * working. The answer is the new key: store it in the key vault, never anywhere else.
 */
export async function regenerateApiKey(apiKey: string): Promise<string> {
  const { apikey } = await upstream({ method: "POST", path: apiPath`/me/apikey/`, apiKey, schema: apiKeySchema });
  return apikey;
}

/** udata 15's `DELETE /me/apikey/`: the key stops working (204). */
export async function clearApiKey(apiKey: string): Promise<void> {
  await upstream({ method: "DELETE", path: apiPath`/me/apikey/`, apiKey, schema: noContentSchema });
}

/** `POST /me/avatar/`: multipart `file`, optional crop box. */
export async function uploadAvatar(apiKey: string, image: ImageUpload): Promise<UploadedImage> {
  return upstream({
    method: "POST",
    path: apiPath`/me/avatar/`,
    body: imageForm(image),
    apiKey,
    schema: uploadedImageSchema,
  });
}

/** `GET /me/metrics/`. */
export async function getMyMetrics(apiKey: string): Promise<MyMetrics> {
  return upstream({ method: "GET", path: apiPath`/me/metrics/`, apiKey, schema: myMetricsSchema });
}

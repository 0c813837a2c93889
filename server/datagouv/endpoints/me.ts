import "server-only";

import { upstream } from "../client";
import { apiPath } from "../paths";
import { noContentSchema, uploadedImageSchema, type UploadedImage } from "../schemas/common";
import { apiKeySchema, meSchema, meUpdateInputSchema, type Me, type MeUpdateInput } from "../schemas/me";
import { myMetricsSchema, type MyMetrics } from "../schemas/metrics";
import { imageForm, type ImageUpload } from "./images";
import { readOne, validInput, type ItemSchema, type ReadOptions } from "./shared";
import type { UpstreamCredential } from "../credential";

type KeyedReadOptions<T extends ItemSchema> = Omit<ReadOptions<T>, "apiKey">;

/** `GET /me/`: who owns this key (401 when the key is not valid: that is how sign-in checks a key). */
export async function getMe<T extends ItemSchema = typeof meSchema>(
  credential: UpstreamCredential,
  options: KeyedReadOptions<T> = {},
) {
  return readOne(apiPath`/me/`, meSchema, { ...options, credential });
}

/** `PUT /me/`: update the profile. */
export async function updateMe(credential: UpstreamCredential, input: MeUpdateInput): Promise<Me> {
  const body = validInput(meUpdateInputSchema, input);
  return upstream({ method: "PUT", path: apiPath`/me/`, body, credential, schema: meSchema });
}

/** `DELETE /me/`: delete the account (204). */
export async function deleteMe(credential: UpstreamCredential): Promise<void> {
  await upstream({ method: "DELETE", path: apiPath`/me/`, credential, schema: noContentSchema });
}

/**
 * udata 15's `POST /me/apikey/` (gone since 16: see `keyApiOf`): a new key replaces the current one, which stops
 * working. The answer is the new key: store it in the key vault, never anywhere else.
 */
export async function regenerateApiKey(credential: UpstreamCredential): Promise<string> {
  const { apikey } = await upstream({ method: "POST", path: apiPath`/me/apikey/`, credential, schema: apiKeySchema });
  return apikey;
}

/** udata 15's `DELETE /me/apikey/`: the key stops working (204). */
export async function clearApiKey(credential: UpstreamCredential): Promise<void> {
  await upstream({ method: "DELETE", path: apiPath`/me/apikey/`, credential, schema: noContentSchema });
}

/** `POST /me/avatar/`: multipart `file`, optional crop box. */
export async function uploadAvatar(credential: UpstreamCredential, image: ImageUpload): Promise<UploadedImage> {
  return upstream({
    method: "POST",
    path: apiPath`/me/avatar/`,
    body: imageForm(image),
    credential,
    schema: uploadedImageSchema,
  });
}

/** `GET /me/metrics/`. */
export async function getMyMetrics(credential: UpstreamCredential): Promise<MyMetrics> {
  return upstream({ method: "GET", path: apiPath`/me/metrics/`, credential, schema: myMetricsSchema });
}

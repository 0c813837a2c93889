import "server-only";

import { z } from "zod";

import { upstream } from "../client";
import { apiPath, objectId } from "../paths";
import { noContentSchema } from "../schemas/common";
import {
  apiTokenInputSchema,
  apiTokenSchema,
  createdApiTokenSchema,
  type ApiToken,
  type ApiTokenInput,
  type CreatedApiToken,
} from "../schemas/token";
import { validInput } from "./shared";
import type { UpstreamCredential } from "../credential";

// API tokens (udata ≥ 16) replace the single `/me/apikey`; older keys keep working.

/** `GET /me/api_tokens/`: the caller's active tokens (prefixes only). */
export async function listApiTokens(credential: UpstreamCredential): Promise<ApiToken[]> {
  return upstream({ method: "GET", path: apiPath`/me/api_tokens/`, credential, schema: z.array(apiTokenSchema) });
}

/** `POST /me/api_tokens/` → 201 with the plaintext `token`, shown this once. */
export async function createApiToken(
  credential: UpstreamCredential,
  input: ApiTokenInput = {},
): Promise<CreatedApiToken> {
  const body = validInput(apiTokenInputSchema, input);
  return upstream({ method: "POST", path: apiPath`/me/api_tokens/`, body, credential, schema: createdApiTokenSchema });
}

/** `DELETE /me/api_tokens/{id}/`: revoke (204; 404 unknown or someone else's; 410 already revoked). */
export async function revokeApiToken(credential: UpstreamCredential, tokenId: string): Promise<void> {
  const path = apiPath`/me/api_tokens/${objectId(tokenId)}/`;
  await upstream({ method: "DELETE", path, credential, schema: noContentSchema });
}

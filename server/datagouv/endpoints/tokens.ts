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

// API tokens (udata ≥ 16) replace the single `/me/apikey`; older keys keep working.

/** `GET /me/api_tokens/`: the caller's active tokens (prefixes only). */
export async function listApiTokens(apiKey: string): Promise<ApiToken[]> {
  return upstream({ method: "GET", path: apiPath`/me/api_tokens/`, apiKey, schema: z.array(apiTokenSchema) });
}

/** `POST /me/api_tokens/` → 201 with the plaintext `token`, shown this once. */
export async function createApiToken(apiKey: string, input: ApiTokenInput = {}): Promise<CreatedApiToken> {
  const body = validInput(apiTokenInputSchema, input);
  return upstream({ method: "POST", path: apiPath`/me/api_tokens/`, body, apiKey, schema: createdApiTokenSchema });
}

/** `DELETE /me/api_tokens/{id}/`: revoke (204; 404 unknown or someone else's; 410 already revoked). */
export async function revokeApiToken(apiKey: string, tokenId: string): Promise<void> {
  const path = apiPath`/me/api_tokens/${objectId(tokenId)}/`;
  await upstream({ method: "DELETE", path, apiKey, schema: noContentSchema });
}

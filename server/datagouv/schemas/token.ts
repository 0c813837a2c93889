import "server-only";

import { z } from "zod";

import { dateTimeInputSchema, dateTimeSchema } from "./common";

/** One item of `GET /me/api_tokens/` (udata ≥ 16): never the token itself, only its first characters. */
export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string().nullable().optional(),
  token_prefix: z.string(),
  scopes: z.array(z.string()).optional(),
  kind: z.string().optional(),
  created_at: dateTimeSchema,
  last_used_at: dateTimeSchema.nullable().optional(),
  user_agents: z.array(z.string()).optional(),
  revoked_at: dateTimeSchema.nullable().optional(),
  expires_at: dateTimeSchema.nullable().optional(),
});
export type ApiToken = z.output<typeof apiTokenSchema>;

/** Answer of `POST /me/api_tokens/`: the plaintext `token` is shown this once. */
export const createdApiTokenSchema = apiTokenSchema.extend({ token: z.string().min(1) });
export type CreatedApiToken = z.output<typeof createdApiTokenSchema>;

export const apiTokenInputSchema = z.object({
  name: z.string().trim().min(1).max(255).optional(),
  expires_at: dateTimeInputSchema.optional(),
});
export type ApiTokenInput = z.input<typeof apiTokenInputSchema>;

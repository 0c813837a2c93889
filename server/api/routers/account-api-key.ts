import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { getVault } from "~/server/auth/vault";
import {
  clearApiKey,
  createApiToken,
  isUpstreamError,
  listApiTokens,
  objectIdSchema,
  regenerateApiKey,
  revokeApiToken,
  type ApiToken,
} from "~/server/datagouv";
import { protectedProcedure } from "../trpc";
import { signedOutTo } from "./signed-out";

/** What the page shows of a token: never the token, only its first characters. */
function tokenView(token: ApiToken) {
  return {
    id: token.id,
    name: token.name ?? null,
    prefix: token.token_prefix,
    createdAt: token.created_at,
    lastUsedAt: token.last_used_at ?? null,
    expiresAt: token.expires_at ?? null,
  };
}

export type TokenView = ReturnType<typeof tokenView>;

/** A key that cannot be stored must not stop the answer: the new key is shown anyway, to sign in again with. */
async function switchVaultKey(sessionId: string, apiKey: string): Promise<boolean> {
  try {
    return await getVault().replace(sessionId, apiKey);
  } catch {
    return false;
  }
}

/**
 * The producer's credentials on data.gouv.fr: the API key (`/me/apikey`) and, from udata 16, API tokens
 * (`/me/api_tokens/`). A new key or token is in one answer only, the one to the producer who asked for it.
 */
export const apiKeyRouter = {
  /** A new key replaces the old one at once; the vault switches to it, so this session goes on. */
  regenerate: protectedProcedure.mutation(async ({ ctx }) => {
    const apiKey = await regenerateApiKey(ctx.apiKey);
    return { apiKey, sessionContinues: await switchVaultKey(ctx.session.sessionId, apiKey) };
  }),

  /** The key stops working: so does this session. */
  clear: protectedProcedure.mutation(async ({ ctx }) => {
    await clearApiKey(ctx.apiKey);
    await getVault().delete(ctx.session.sessionId);
    return { signedOutTo: signedOutTo("ApiKeyCleared") };
  }),

  /** The active tokens, or `available: false` when data.gouv.fr has no tokens (udata before 16 answers 404). */
  tokens: protectedProcedure.query(async ({ ctx }) => {
    try {
      return { available: true as const, tokens: (await listApiTokens(ctx.apiKey)).map(tokenView) };
    } catch (error) {
      if (isUpstreamError(error) && error.status === 404) return { available: false as const, tokens: [] };
      throw error;
    }
  }),

  createToken: protectedProcedure
    .input(z.object({ name: z.string().trim().max(255, "255 caractères au plus.") }))
    .mutation(async ({ ctx, input }) => {
      const created = await createApiToken(ctx.apiKey, input.name ? { name: input.name } : {});
      return { token: created.token, item: tokenView(created) };
    }),

  revokeToken: protectedProcedure.input(z.object({ id: objectIdSchema })).mutation(async ({ ctx, input }) => {
    await revokeApiToken(ctx.apiKey, input.id);
  }),
} satisfies TRPCRouterRecord;

import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { getVault } from "~/server/auth/vault";
import {
  clearApiKey,
  createApiToken,
  isUpstreamError,
  keyApiOf,
  listApiTokens,
  rememberKeyApi,
  revokeApiToken,
  withKeyApi,
  type ApiToken,
  type UpstreamCredential,
} from "~/server/datagouv";
import { type UpstreamMeanings } from "~/server/api/lib/to-trpc-error";
import { protectedProcedure } from "~/server/api/trpc";
import { rotateApiKey, rotateThroughTokens, tokenOfKey } from "~/server/api/lib/api-key-rotation";
import { signedOutTo } from "~/server/api/lib/signed-out";
import { objectIdSchema } from "~/lib/udata/vocabulary";
import { ReasonError } from "~/server/api/lib/reason-error";

/** What data.gouv.fr's 404 and 410 mean here: a token someone else revoked or never had. */
const KEY_ERRORS = {
  404: { code: "NOT_FOUND", reason: "tokenNotFound" },
  410: { code: "NOT_FOUND", reason: "tokenAlreadyRevoked" },
} as const satisfies UpstreamMeanings;

const keyProcedure = protectedProcedure.meta({ upstreamErrors: KEY_ERRORS });

/** The API key this session was opened with; null for a session signed in with data.gouv.fr (OAuth2). */
const sessionKeyOf = (credential: UpstreamCredential) => (typeof credential === "string" ? credential : null);

/** The token this session's key is, among the user's; none for an OAuth2 session, which depends on no token. */
function sessionTokenIn(tokens: readonly ApiToken[], credential: UpstreamCredential) {
  const key = sessionKeyOf(credential);
  return key === null ? undefined : tokenOfKey(tokens, key);
}

/** What the page shows of a token: never the token, only its first characters; and whether this session uses it. */
function tokenView(token: ApiToken, sessionToken: ApiToken | undefined) {
  return {
    id: token.id,
    name: token.name ?? null,
    prefix: token.token_prefix,
    createdAt: token.created_at,
    lastUsedAt: token.last_used_at ?? null,
    expiresAt: token.expires_at ?? null,
    usedBySession: token.id === sessionToken?.id,
  };
}

/**
 * The producer's credentials on data.gouv.fr, as the instance keeps them (`keyApiOf`): API tokens (udata ≥ 16)
 * or one API key (`/me/apikey/`, udata 15). A new key or token is in one answer only, to the producer who asked.
 */
export const apiKeyRouter = {
  /**
   * Which key API the instance has, and its active tokens where it has tokens: the list first, which the page
   * needs anyway and which is the detection (404 before udata 16), remembered for the actions; and whether this
   * session uses a key at all (`oauth`: signed in with data.gouv.fr, it depends on none of them).
   */
  tokens: keyProcedure.query(async ({ ctx }) => {
    const session = sessionKeyOf(ctx.credential) === null ? ("oauth" as const) : ("apiKey" as const);
    try {
      const tokens = await listApiTokens(ctx.credential);
      rememberKeyApi("tokens");
      const sessionToken = sessionTokenIn(tokens, ctx.credential);
      return { api: "tokens" as const, session, tokens: tokens.map((token) => tokenView(token, sessionToken)) };
    } catch (error) {
      if (!isUpstreamError(error) || error.status !== 404) throw error;
      rememberKeyApi("apikey");
      return { api: "apikey" as const, session, tokens: [] };
    }
  }),

  /**
   * A new key replaces the session's at once; the vault switches to it, so this session goes on. An OAuth2
   * session has no key to replace: it creates tokens instead (`createToken`).
   */
  regenerate: keyProcedure
    .input(z.object({ requestId: z.string().regex(/^[0-9a-f]{32}$/) }))
    .mutation(({ ctx, input }) => {
      const key = sessionKeyOf(ctx.credential);
      if (key === null) throw new ReasonError("PRECONDITION_FAILED", "oauthSessionHasNoKey");
      return withKeyApi((api) =>
        api === "tokens"
          ? rotateThroughTokens(ctx.session.sessionId, key, input.requestId)
          : rotateApiKey(ctx.session.sessionId, key),
      );
    }),

  /**
   * udata 15 only (tokens are revoked one by one): the key stops working, and so does this session if it was
   * opened with it (an OAuth2 session goes on).
   */
  clear: keyProcedure.mutation(async ({ ctx }) => {
    if ((await keyApiOf({ fresh: true })) !== "apikey") {
      throw new ReasonError("PRECONDITION_FAILED", "revokeSessionTokenInList");
    }
    await clearApiKey(ctx.credential);
    if (sessionKeyOf(ctx.credential) === null) return { signedOutTo: null };
    await getVault().delete(ctx.session.sessionId);
    return { signedOutTo: signedOutTo("ApiKeyCleared") };
  }),

  createToken: keyProcedure.input(z.object({ name: z.string().trim().max(255) })).mutation(async ({ ctx, input }) => {
    const created = await createApiToken(ctx.credential, input.name ? { name: input.name } : {});
    return { token: created.token, item: tokenView(created, undefined) };
  }),

  /** Revoking the token this session uses ends the session, as clearing the key does. */
  revokeToken: keyProcedure.input(z.object({ id: objectIdSchema })).mutation(async ({ ctx, input }) => {
    const sessionToken = sessionTokenIn(await listApiTokens(ctx.credential), ctx.credential);
    await revokeApiToken(ctx.credential, input.id);
    if (sessionToken?.id !== input.id) return { signedOutTo: null };
    await getVault().delete(ctx.session.sessionId);
    return { signedOutTo: signedOutTo("SessionTokenRevoked") };
  }),
} satisfies TRPCRouterRecord;

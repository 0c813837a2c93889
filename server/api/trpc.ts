/**
 * The tRPC server: 1. the context, 2. initialization, 3. the procedures every router is built from.
 * Modelled on create-t3-app's `server/api/trpc.ts`.
 */
import "server-only";

import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";

import { SIGN_IN_ERRORS } from "~/components/auth/messages";
import { getVault } from "~/server/auth/vault";
import { invalidFieldsOf } from "./input-error";
import {
  fieldErrorsOf,
  INVALID_INPUT_MESSAGE,
  toTRPCError,
  upstreamStatusOf,
  type UpstreamMeanings,
} from "./to-trpc-error";

/**
 * 1. CONTEXT
 *
 * What a procedure knows about its caller. The session is loaded lazily: public procedures never touch
 * cookies or headers, so the pages that use them stay cacheable and shared between visitors.
 */
export interface Session {
  userId: string;
  /** Finds the user's API key in the vault (server/auth/vault.ts); the key itself is never in the session. */
  sessionId: string;
  name: string;
  slug: string;
  picture: string | null;
  roles: string[];
  organizations: { id: string; name: string; slug: string }[];
}

export interface CreateContextOptions {
  /** Reads the caller's session from the next-auth cookie; null when signed out. The key is not read here. */
  getSession: () => Promise<Session | null>;
  /** The request headers when there is a request (route handler), for the same-origin check of mutations. */
  headers?: Headers;
  /** The answer's headers when there is a request: a write says there what it invalidated (server/cache). */
  resHeaders?: Headers;
}

export function createTRPCContext(opts: CreateContextOptions) {
  return { getSession: opts.getSession, headers: opts.headers, resHeaders: opts.resHeaders };
}

export type Context = ReturnType<typeof createTRPCContext>;

/** Set with `.meta()` on a procedure or on a domain's procedure builder. */
export interface ProcedureMeta {
  /** What a 404, a 410… from data.gouv.fr means for these procedures (see to-trpc-error.ts). */
  upstreamErrors?: UpstreamMeanings;
}

/**
 * 2. INITIALIZATION
 *
 * superjson keeps dates and undefined across the wire. The error formatter sends, so that forms can mark their
 * fields: for input the procedure refused, a French message and the names of the refused fields only (see
 * invalidFieldsOf: tRPC's own message would be zod's issues as JSON); for data.gouv.fr's refusals, its field
 * errors (translated).
 */
const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const invalidFields = invalidFieldsOf(error);
      return {
        ...shape,
        message: invalidFields ? INVALID_INPUT_MESSAGE : shape.message,
        data: { ...shape.data, stack: undefined, invalidFields, fieldErrors: fieldErrorsOf(error) },
      };
    },
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * 3. PROCEDURES
 */

/**
 * An upstream failure thrown by a resolver reaches here wrapped as INTERNAL_SERVER_ERROR: it becomes the code
 * and French message of the table in to-trpc-error.ts, with the procedure's own meanings over it, and its
 * field errors.
 */
const mapUpstreamErrors = t.middleware(async function mapUpstreamErrors({ meta, next }) {
  const result = await next();
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR" && result.error.cause) {
    throw toTRPCError(result.error.cause, meta?.upstreamErrors);
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapUpstreamErrors);

/**
 * For signed-in producers only: a session cookie AND its key in the vault, checked here on every call (never
 * only by the proxy). Resolvers get the session and the key; the key goes to the upstream client and nowhere
 * else. When data.gouv.fr refuses the key (401), the session ends: its vault entry is deleted.
 */
export const protectedProcedure = publicProcedure.use(async function requireSession({ ctx, next }) {
  const session = await ctx.getSession();
  const apiKey = session && (await getVault().get(session.sessionId));
  if (!session || !apiKey) throw new TRPCError({ code: "UNAUTHORIZED", message: SIGN_IN_ERRORS.SessionExpired });
  const result = await next({ ctx: { ...ctx, session, apiKey } });
  if (!result.ok && upstreamStatusOf(result.error) === 401) await getVault().delete(session.sessionId);
  return result;
});

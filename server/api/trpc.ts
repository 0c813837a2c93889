/**
 * The tRPC server: 1. the context, 2. initialization, 3. the procedures every router is built from.
 * Modelled on create-t3-app's `server/api/trpc.ts`.
 */
import "server-only";

import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";

import { fieldErrorsOf, toTRPCError } from "./to-trpc-error";

/**
 * 1. CONTEXT
 *
 * What a procedure knows about its caller. The session is loaded lazily: public procedures never touch
 * cookies or headers, so the pages that use them stay cacheable and shared between visitors.
 */
export interface Session {
  userId: string;
  sessionId: string;
}

export interface CreateContextOptions {
  /** Reads the caller's session (cookie → next-auth JWT); null when signed out. */
  getSession: () => Promise<Session | null>;
  /** The request headers when there is a request (route handler), for the same-origin check of mutations. */
  headers?: Headers;
}

export function createTRPCContext(opts: CreateContextOptions) {
  return { getSession: opts.getSession, headers: opts.headers };
}

export type Context = ReturnType<typeof createTRPCContext>;

/**
 * 2. INITIALIZATION
 *
 * superjson keeps dates and undefined across the wire; the error formatter sends zod's field errors and the
 * upstream's field errors (translated) to the client, so forms can show them next to their fields.
 */
const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: {
        ...shape.data,
        stack: undefined,
        zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
        fieldErrors: fieldErrorsOf(error),
      },
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
 * and French message of the one table in to-trpc-error.ts, with its field errors.
 */
const mapUpstreamErrors = t.middleware(async function mapUpstreamErrors({ next }) {
  const result = await next();
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR" && result.error.cause) {
    throw toTRPCError(result.error.cause);
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapUpstreamErrors);

/**
 * For signed-in producers only. Until sign-in exists every call is refused: the check lives here, never only
 * in the proxy, so a direct call to /api/trpc cannot skip it.
 */
export const protectedProcedure = publicProcedure.use(async function requireSession({ ctx, next }) {
  const session = await ctx.getSession();
  if (!session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Connectez-vous pour continuer." });
  return next({ ctx: { ...ctx, session } });
});

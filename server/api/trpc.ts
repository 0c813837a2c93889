/**
 * The tRPC server: 1. the context, 2. initialization, 3. the procedures every router is built from.
 * Modelled on create-t3-app's `server/api/trpc.ts`.
 */
import "server-only";

import { initTRPC } from "@trpc/server";
import superjson from "superjson";

import type { Locale } from "~/lib/i18n/locales";
import type { SignInMethod } from "~/server/auth/identity";
import { liveCredential } from "~/server/auth/live-credential";
import { upstreamCredentialOf } from "~/server/auth/session-credential";
import { getVault } from "~/server/auth/vault";
import { invalidFieldsOf } from "~/server/api/lib/input-error";
import { fieldErrorsOf, toTRPCError, upstreamStatusOf, type UpstreamMeanings } from "~/server/api/lib/to-trpc-error";
import { ReasonError, reasonText } from "~/server/api/lib/reason-error";
import { isStoreUnavailable } from "~/server/store/unavailable";

/**
 * 1. CONTEXT
 *
 * What a procedure knows about its caller. The session is loaded lazily: public procedures never touch
 * cookies or headers, so the pages that use them stay cacheable and shared between visitors.
 */
export interface Session {
  userId: string;
  /** Finds the user's credential in the vault (server/auth/vault.ts); it is never in the session itself. */
  sessionId: string;
  name: string;
  slug: string;
  picture: string | null;
  roles: string[];
  organizations: { id: string; name: string; slug: string }[];
  /** How it was opened (server/auth/identity.ts): an ended session is told in its own words. */
  via: SignInMethod;
  /** The language of the producer area (server/auth/identity.ts). */
  locale: Locale;
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

type Context = ReturnType<typeof createTRPCContext>;

/** Set with `.meta()` on a procedure or on a domain's procedure builder. */
interface ProcedureMeta {
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
      const reason = invalidFields ? "invalidInput" : error instanceof ReasonError ? error.reason : null;
      return {
        ...shape,
        message: invalidFields ? reasonText("invalidInput") : shape.message,
        data: {
          ...shape.data,
          stack: undefined,
          // Why, as a key of the catalogs' `errors` (and its values): the browser says it in its language.
          reason,
          reasonValues: error instanceof ReasonError ? (error.values ?? null) : null,
          invalidFields,
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
 * For signed-in users only: a session cookie AND its credential in the vault, checked here on every call (never
 * only by the proxy), an OAuth2 token renewed first when it is near its expiry (server/auth/live-credential.ts).
 * Resolvers get the session and the credential; it goes to the upstream client and nowhere else. When
 * data.gouv.fr refuses it (401), the session ends: its vault entry is deleted.
 */
export const protectedProcedure = publicProcedure.use(async function requireSession({ ctx, next }) {
  const session = await ctx.getSession();
  const live = session && (await liveCredential(session.sessionId).catch(credentialUnavailable));
  if (!session || !live)
    throw new ReasonError("UNAUTHORIZED", session?.via === "datagouv" ? "oauthSignedOut" : "signedOut");
  const result = await next({ ctx: { ...ctx, session, credential: upstreamCredentialOf(live) } });
  if (!result.ok && upstreamStatusOf(result.error) === 401) {
    await getVault().delete(session.sessionId);
    // data.gouv.fr no longer takes the session's access token (revoked there): the sign-in page says so.
    if (session.via === "datagouv") throw new ReasonError("UNAUTHORIZED", "oauthSignedOut", { cause: result.error });
  }
  return result;
});

/**
 * The vault could not be read (the store is down: a 503 saying the service is unavailable), or the token endpoint
 * did not answer and the access token has expired: nothing can be done for now.
 */
function credentialUnavailable(cause: unknown): never {
  if (isStoreUnavailable(cause)) throw toTRPCError(cause);
  throw new ReasonError("SERVICE_UNAVAILABLE", "unavailable", { cause });
}

import "server-only";

import { type UpstreamMeanings } from "./to-trpc-error";
import { protectedProcedure, publicProcedure } from "~/server/api/trpc";

/** What data.gouv.fr's answers mean for the procedures about reuses: a 410 is a deleted reuse. */
export const REUSE_ERRORS = {
  410: { code: "NOT_FOUND", reason: "reuseDeleted" },
} as const satisfies UpstreamMeanings;

/** The procedures of the reuse routers: public (reads) and for signed-in producers or admins. */
export const reusePublicProcedure = publicProcedure.meta({ upstreamErrors: REUSE_ERRORS });
export const reuseProtectedProcedure = protectedProcedure.meta({ upstreamErrors: REUSE_ERRORS });

import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { addReuseBadge, featureReuse, listReuseBadgeKinds, removeReuseBadge, unfeatureReuse } from "~/server/datagouv";
import { reuseProtectedProcedure } from "~/server/api/lib/reuse-procedures";
import { changed, reuseIdInput } from "~/server/api/routers/producer/reuses/inputs";
import { objectIdSchema, SLUG_PATTERN } from "~/lib/udata/vocabulary";
import { ReasonError } from "~/server/api/lib/reason-error";

/**
 * For site administrators only (`roles` holds `admin`): refused here, before any upstream call, even when called
 * directly; data.gouv.fr refuses them to anyone else too.
 */
const adminProcedure = reuseProtectedProcedure.use(function requireAdmin({ ctx, next }) {
  if (!ctx.session.roles.includes("admin")) {
    throw new ReasonError("FORBIDDEN", "adminOnly");
  }
  return next();
});

const badgeInput = z.object({
  id: objectIdSchema,
  kind: z
    .string()
    .trim()
    .regex(SLUG_PATTERN, "Un badge s’écrit en minuscules, chiffres et tirets, par exemple « certifie »."),
});

/** Site administration of reuses (`adminReuses.*`): featuring them on the home page, badges. */
export const adminReusesRouter = {
  /** The badge kinds admins may add, as the instance lists them now (not from the pages' day-long cache). */
  badgeKinds: adminProcedure.query(() => listReuseBadgeKinds()),

  feature: adminProcedure.input(reuseIdInput).mutation(async ({ ctx, input }) => {
    const reuse = await changed(featureReuse(ctx.apiKey, input.id));
    return { featured: reuse.featured === true };
  }),

  unfeature: adminProcedure.input(reuseIdInput).mutation(async ({ ctx, input }) => {
    const reuse = await changed(unfeatureReuse(ctx.apiKey, input.id));
    return { featured: reuse.featured === true };
  }),

  addBadge: adminProcedure.input(badgeInput).mutation(async ({ ctx, input }) => {
    const badge = await changed(addReuseBadge(ctx.apiKey, input.id, { kind: input.kind }));
    return { kind: badge.kind };
  }),

  removeBadge: adminProcedure.input(badgeInput).mutation(async ({ ctx, input }) => {
    await changed(removeReuseBadge(ctx.apiKey, input.id, input.kind));
    return { kind: input.kind };
  }),
} satisfies TRPCRouterRecord;

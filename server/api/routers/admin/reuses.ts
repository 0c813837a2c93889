import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { addReuseBadge, featureReuse, listReuseBadgeKinds, removeReuseBadge, unfeatureReuse } from "~/server/datagouv";
import { reuseProtectedProcedure } from "~/server/api/lib/reuse-procedures";
import { reuseIdInput } from "~/server/api/routers/producer/reuses/inputs";
import { changedReuse } from "~/server/cache/reuse-write";
import { TAGS } from "~/server/cache/tags";
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
  kind: z.string().trim().regex(SLUG_PATTERN),
});

/** A badge of a kind the pages' day-long list of kinds does not have yet is shown at once: the list is read again. */
const BADGE_WRITE = { also: [TAGS.badgeKinds] };

/** Site administration of reuses (`adminReuses.*`): featuring them on the home page, badges. */
export const adminReusesRouter = {
  /** The badge kinds admins may add, as the instance lists them now (not from the pages' day-long cache). */
  badgeKinds: adminProcedure.query(() => listReuseBadgeKinds()),

  feature: adminProcedure.input(reuseIdInput).mutation(async ({ ctx, input }) => {
    const reuse = await changedReuse(ctx, input.id, "membership", () => featureReuse(ctx.credential, input.id));
    return { featured: reuse.featured === true };
  }),

  unfeature: adminProcedure.input(reuseIdInput).mutation(async ({ ctx, input }) => {
    const reuse = await changedReuse(ctx, input.id, "membership", () => unfeatureReuse(ctx.credential, input.id));
    return { featured: reuse.featured === true };
  }),

  addBadge: adminProcedure.input(badgeInput).mutation(async ({ ctx, input }) => {
    const badge = await changedReuse(
      ctx,
      input.id,
      "membership",
      () => addReuseBadge(ctx.credential, input.id, { kind: input.kind }),
      BADGE_WRITE,
    );
    return { kind: badge.kind };
  }),

  removeBadge: adminProcedure.input(badgeInput).mutation(async ({ ctx, input }) => {
    await changedReuse(
      ctx,
      input.id,
      "membership",
      () => removeReuseBadge(ctx.credential, input.id, input.kind),
      BADGE_WRITE,
    );
    return { kind: input.kind };
  }),
} satisfies TRPCRouterRecord;

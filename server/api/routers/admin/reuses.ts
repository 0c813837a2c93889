import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import {
  addReuseBadge,
  featureReuse,
  listReuseBadgeKinds,
  listReuses,
  organizationRefSchema,
  removeReuseBadge,
  reuseSchema,
  unfeatureReuse,
  userRefSchema,
} from "~/server/datagouv";
import { localeInput } from "~/server/api/lib/locale-input";
import { REUSE_ERRORS } from "~/server/api/lib/reuse-procedures";
import { protectedProcedure } from "~/server/api/trpc";
import type { UpstreamMeanings } from "~/server/api/lib/to-trpc-error";
import { ADMIN_SEARCH_PAGE_SIZE, adminSearchInput, privateFilterOf, reuseStatus } from "~/lib/reuses/admin-search";
import { reuseIdInput } from "~/server/api/routers/producer/reuses/inputs";
import { changedReuse } from "~/server/cache/reuse-write";
import { TAGS } from "~/server/cache/tags";
import { objectIdSchema, SLUG_PATTERN } from "~/lib/udata/vocabulary";
import { ReasonError } from "~/server/api/lib/reason-error";

/**
 * For site administrators only (`roles` holds `admin`): refused here, before any upstream call, even when called
 * directly; data.gouv.fr refuses them to anyone else too.
 */
/** data.gouv.fr's own refusal (a role withdrawn since sign-in) is said as ours: only its administrators may. */
const ADMIN_ERRORS = {
  ...REUSE_ERRORS,
  403: { code: "FORBIDDEN", reason: "adminOnly" },
} as const satisfies UpstreamMeanings;

const adminProcedure = protectedProcedure.meta({ upstreamErrors: ADMIN_ERRORS }).use(function requireAdmin({
  ctx,
  next,
}) {
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

/** What a row of the admin search shows (the X-Fields mask). */
const searchRowSchema = reuseSchema
  .pick({ id: true, slug: true, title: true, private: true, deleted: true, archived: true, featured: true })
  .extend({
    organization: organizationRefSchema.pick({ id: true, name: true }).nullable(),
    owner: userRefSchema.pick({ id: true, first_name: true, last_name: true }).nullable(),
  });

/** Site administration of reuses (`adminReuses.*`): finding any of them, featuring them on the home page, badges. */
export const adminReusesRouter = {
  /**
   * Every reuse, private and deleted ones too (udata lists them all to a site admin), by title, owner and status.
   * udata filters on `private` only: deletion and archiving are filtered here, in the page udata gave, so a page
   * may hold fewer rows than the page size (`filtered` says so).
   */
  search: adminProcedure.input(adminSearchInput).query(async ({ ctx, input }) => {
    const page = await listReuses(
      {
        q: input.q || undefined,
        owner: input.owner,
        organization: input.organization,
        private: privateFilterOf(input.status),
        sort: "-created",
        page: input.page,
        page_size: ADMIN_SEARCH_PAGE_SIZE,
      },
      { credential: ctx.credential, select: searchRowSchema },
    );
    const rows = page.data.map((reuse) => ({ ...reuse, status: reuseStatus(reuse) }));
    const shown = input.status ? rows.filter((row) => row.status === input.status) : rows;
    return { data: shown, total: page.total, page: page.page, filtered: shown.length < rows.length };
  }),

  /** The badge kinds admins may add, as the instance lists them now (not from the pages' day-long cache). */
  badgeKinds: adminProcedure.input(localeInput).query(({ input }) => listReuseBadgeKinds(input.locale)),

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

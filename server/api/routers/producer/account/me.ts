import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { getMe, meSchema, organizationRefSchema } from "~/server/datagouv";
import { protectedProcedure } from "~/server/api/trpc";
import { listAllMyReuses } from "~/server/api/lib/my-reuses";
import { personName } from "~/lib/udata/person-name";

/** Who may publish a reuse for the caller: themselves, or one of their organizations. */
const producersSchema = meSchema
  .pick({ id: true, first_name: true, last_name: true })
  .extend({ organizations: z.array(organizationRefSchema.pick({ id: true, name: true })) });

/** The signed-in producer's own data, read with their key (never cached: it holds private and deleted things). */
export const meProcedures = {
  /** Their reuses and their organizations' ones, drafts, archived and deleted ones included. */
  reuses: protectedProcedure.query(({ ctx }) => listAllMyReuses(ctx.credential)),

  /** Themselves and their organizations, as `/me/` tells them now (not as they were at sign-in). */
  producers: protectedProcedure.query(async ({ ctx }) => {
    const me = await getMe(ctx.credential, { select: producersSchema });
    return { id: me.id, name: personName(me), organizations: me.organizations };
  }),
} satisfies TRPCRouterRecord;

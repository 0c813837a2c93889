import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";

import { listMyReuses, reuseSchema } from "~/server/datagouv";
import { protectedProcedure } from "../trpc";

/** What the producer's list of reuses shows (X-Fields mask). */
const myReuseSchema = reuseSchema.pick({
  id: true,
  slug: true,
  title: true,
  private: true,
  deleted: true,
  archived: true,
  last_modified: true,
});

/** The signed-in producer's own data, read with their key (never cached: it holds private and deleted things). */
export const meRouter = {
  reuses: protectedProcedure.query(({ ctx }) => listMyReuses(ctx.apiKey, { select: myReuseSchema })),
} satisfies TRPCRouterRecord;

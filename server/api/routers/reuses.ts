import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";

import { listReuses, listReuseTypes, organizationRefSchema, reuseSchema, userRefSchema } from "~/server/datagouv";
import { publicProcedure } from "../trpc";
import { REUSES_PAGE_SIZE, reuseListInput } from "./reuses-input";

/** What a listing card shows, and so all that the listing asks udata for (the X-Fields mask). */
const reuseCardSchema = reuseSchema
  .pick({ id: true, slug: true, title: true, type: true, image: true, image_thumbnail: true, created_at: true })
  .extend({
    organization: organizationRefSchema.pick({ name: true, slug: true }).nullable(),
    owner: userRefSchema.pick({ first_name: true, last_name: true, slug: true }).nullable(),
  });

/** Public reads: always anonymous, so that answers can be cached and shared between visitors. */
export const reusesRouter = {
  list: publicProcedure
    .input(reuseListInput)
    .query(({ input }) =>
      listReuses({ page: input.page, page_size: REUSES_PAGE_SIZE, sort: "-created" }, { select: reuseCardSchema }),
    ),

  types: publicProcedure.query(() => listReuseTypes()),
} satisfies TRPCRouterRecord;

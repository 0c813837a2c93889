import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";

import {
  listReuses,
  listReuseTopics,
  listReuseTypes,
  organizationRefSchema,
  reuseSchema,
  userRefSchema,
} from "~/server/datagouv";
import { publicProcedure } from "../trpc";
import { LABELS_FRESH_MS, publicRead } from "./public-read";
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
      publicRead("reuses.list", input, () =>
        listReuses({ page: input.page, page_size: REUSES_PAGE_SIZE, sort: "-created" }, { select: reuseCardSchema }),
      ),
    ),

  /** `[{id, label}]` with French labels, for every type and topic known upstream. */
  types: publicProcedure.query(() => publicRead("reuses.types", null, listReuseTypes, LABELS_FRESH_MS)),
  topics: publicProcedure.query(() => publicRead("reuses.topics", null, listReuseTopics, LABELS_FRESH_MS)),
} satisfies TRPCRouterRecord;

import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { readReuseAudience } from "~/server/api/lib/reuse-audience";
import { reusePublicProcedure } from "~/server/api/lib/reuse-procedures";
import { reuseIdOf } from "~/server/cache/reuse-ids";
import { reuseSlugSchema } from "~/lib/udata/vocabulary";
import { readReuse } from "./detail";

/** The public figures of data.gouv.fr's metrics service about a reuse. */
export const audienceProcedures = {
  /**
   * The reuse's visits in the last 12 months and in all. The service knows reuses by id, the page by slug: the id
   * comes from the slug→id map (server/cache/reuse-ids.ts), so that this read goes out with the reuse's; only for
   * a slug never seen is the reuse read first (once: that read fills the map).
   */
  audience: reusePublicProcedure.input(z.object({ slug: reuseSlugSchema })).query(async ({ input: { slug } }) => {
    const id = (await reuseIdOf(slug)) ?? (await readReuse(slug)).id;
    return readReuseAudience(id);
  }),
} satisfies TRPCRouterRecord;

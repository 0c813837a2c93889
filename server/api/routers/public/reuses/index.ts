import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";

import { audienceProcedures } from "./audience";
import { reuseProcedures } from "./detail";
import { discussionProcedures } from "./discussions";
import { listingProcedures } from "./listing";

/** Public reads of reuses: the listing and its labels, one reuse and its followers. */
export const reusesRouter = {
  ...listingProcedures,
  ...reuseProcedures,
  ...discussionProcedures,
  ...audienceProcedures,
} satisfies TRPCRouterRecord;

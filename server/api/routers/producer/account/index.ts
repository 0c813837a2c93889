import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";

import { apiKeyRouter } from "./api-key";
import { listsRouter } from "./lists";
import { meProcedures } from "./me";
import { metricsRouter } from "./metrics";
import { profileRouter } from "./profile";

/** The producer's account on data.gouv.fr (the "me" endpoints), read and written with their key. */
export const accountRouter = {
  ...meProcedures,
  profile: profileRouter,
  apiKey: apiKeyRouter,
  metrics: metricsRouter,
  lists: listsRouter,
} satisfies TRPCRouterRecord;

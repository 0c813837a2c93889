import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";

import { apiKeyRouter } from "./account-api-key";
import { listsRouter } from "./account-lists";
import { metricsRouter } from "./account-metrics";
import { profileRouter } from "./account-profile";

/** The producer's account on data.gouv.fr (the "me" endpoints), read and written with their key. */
export const accountRouter = {
  profile: profileRouter,
  apiKey: apiKeyRouter,
  metrics: metricsRouter,
  lists: listsRouter,
} satisfies TRPCRouterRecord;

import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";

import { producerReuseReads } from "./reads";
import { producerReuseStatus } from "./status";
import { producerReuseWrites } from "./writes";

/** The producer area's reuses (`producerReuses.*`): protected procedures, with the caller's key from the vault. */
export const producerReusesRouter = {
  ...producerReuseReads,
  ...producerReuseWrites,
  ...producerReuseStatus,
} satisfies TRPCRouterRecord;

import "server-only";

import type { inferRouterOutputs } from "@trpc/server";

import { reusesRouter } from "./routers/reuses";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  reuses: reusesRouter,
});

export type AppRouter = typeof appRouter;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

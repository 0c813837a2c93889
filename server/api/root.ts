import "server-only";

import type { inferRouterOutputs } from "@trpc/server";

import { meRouter } from "./routers/me";
import { reusesRouter } from "./routers/reuses";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  me: meRouter,
  reuses: reusesRouter,
});

export type AppRouter = typeof appRouter;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

import "server-only";

import type { inferRouterOutputs } from "@trpc/server";

import { accountRouter } from "./routers/account";
import { meRouter } from "./routers/me";
import { organizationsRouter } from "./routers/organizations";
import { reuseRouter } from "./routers/reuse";
import { reusesRouter } from "./routers/reuses";
import { seoRouter } from "./routers/seo";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  me: meRouter,
  organizations: organizationsRouter,
  reuse: reuseRouter,
  reuses: reusesRouter,
  seo: seoRouter,
});

export type AppRouter = typeof appRouter;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

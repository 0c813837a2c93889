import "server-only";

import type { inferRouterOutputs } from "@trpc/server";

import { accountRouter } from "./routers/account";
import { adminReusesRouter } from "./routers/admin-reuses";
import { meRouter } from "./routers/me";
import { organizationsRouter } from "./routers/organizations";
import { producerReusesRouter } from "./routers/producer-reuses";
import { reuseRouter } from "./routers/reuse";
import { reusesRouter } from "./routers/reuses";
import { seoRouter } from "./routers/seo";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  adminReuses: adminReusesRouter,
  me: meRouter,
  organizations: organizationsRouter,
  producerReuses: producerReusesRouter,
  reuse: reuseRouter,
  reuses: reusesRouter,
  seo: seoRouter,
});

export type AppRouter = typeof appRouter;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

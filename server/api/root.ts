import "server-only";

import type { inferRouterOutputs } from "@trpc/server";

import { adminReusesRouter } from "./routers/admin/reuses";
import { accountRouter } from "./routers/producer/account";
import { followRouter } from "./routers/producer/follow";
import { invitationsRouter } from "./routers/producer/invitations";
import { transfersRouter } from "./routers/producer/transfers";
import { discussionsRouter } from "./routers/producer/discussions";
import { producerReusesRouter } from "./routers/producer/reuses";
import { organizationsRouter } from "./routers/public/organizations";
import { reportsRouter } from "./routers/public/reports";
import { reusesRouter } from "./routers/public/reuses";
import { seoRouter } from "./routers/public/seo";
import { createTRPCRouter } from "./trpc";

/** The routers, by audience: public reads (cached, anonymous), the signed-in producer's, the site admins'. */
export const appRouter = createTRPCRouter({
  reuses: reusesRouter,
  organizations: organizationsRouter,
  seo: seoRouter,
  account: accountRouter,
  discussions: discussionsRouter,
  producerReuses: producerReusesRouter,
  adminReuses: adminReusesRouter,
  reuseFollow: followRouter,
  reuseReports: reportsRouter,
  transfers: transfersRouter,
  invitations: invitationsRouter,
});

export type AppRouter = typeof appRouter;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

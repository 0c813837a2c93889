import { createTRPCUntypedClient, httpLink } from "@trpc/client";
import SuperJSON from "superjson";

import type { AppRouter } from "~/server/api/root";

/**
 * The public islands' tRPC client: the vanilla one (what `createTRPCClient` wraps in its typed proxy), called by
 * path since usePublicQuery is generic over the procedure, and typed by its signature. No batching: an island
 * asks one thing at a time. Imported lazily (public-query.ts), with superjson: the page loads it with the first
 * query, not with the island.
 */
export const publicClient = createTRPCUntypedClient<AppRouter>({
  links: [httpLink({ url: "/api/trpc", transformer: SuperJSON })],
});

/** tRPC for server components: the options proxy with prefetch + HydrateClient, and a caller for server-only data. */
import "server-only";

import { dehydrate, HydrationBoundary, type QueryClient } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { cache, type ReactNode } from "react";

import { createQueryClient } from "~/lib/trpc/query-client";
import { readSessionCookie } from "~/server/auth/session";
import { appRouter } from "./root";
import { createCallerFactory, createTRPCContext } from "./trpc";

const createContext = cache(() => createTRPCContext({ getSession: readSessionCookie }));
const getQueryClient = cache(createQueryClient);

export const trpc = createTRPCOptionsProxy({ router: appRouter, ctx: createContext, queryClient: getQueryClient });

/** Data only the server renders: no query cache, nothing serialized to the browser. */
export const api = createCallerFactory(appRouter)(createContext);

/** Starts a query on the server; HydrateClient hands its result to the client components below it. */
export function prefetch(queryOptions: Parameters<QueryClient["prefetchQuery"]>[0]) {
  void getQueryClient().prefetchQuery(queryOptions);
}

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

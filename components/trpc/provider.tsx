"use client";

import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, isNonJsonSerializable, splitLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { type ReactNode, useState } from "react";
import SuperJSON from "superjson";

import type { AppRouter } from "~/server/api/root";
import { MAX_BATCH_SIZE } from "./batch";
import { formDataLink } from "./form-data-link";
import { createQueryClient } from "~/lib/trpc/query-client";

const trpcContext = createTRPCContext<AppRouter>();
export const useTRPC = trpcContext.useTRPC;
export const useTRPCClient = trpcContext.useTRPCClient;
const TRPCProvider = trpcContext.TRPCProvider;

let browserQueryClient: QueryClient | undefined;

function getQueryClient() {
  // On the server, a new client per request; in the browser, one for the page's lifetime.
  if (typeof window === "undefined") return createQueryClient();
  return (browserQueryClient ??= createQueryClient());
}

/**
 * Mounted only around the parts of a page that call tRPC from the browser (search box, forms, dashboard), so
 * pages without them ship none of this JavaScript.
 */
export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        // Uploads (FormData) go alone, by XMLHttpRequest for their progress: never batched (see server/http/body-limit.ts).
        splitLink({
          condition: (op) => isNonJsonSerializable(op.input),
          true: formDataLink({ transformer: SuperJSON, url: "/api/trpc" }),
          false: httpBatchLink({ transformer: SuperJSON, url: "/api/trpc", maxItems: MAX_BATCH_SIZE }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

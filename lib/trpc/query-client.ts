import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";
import SuperJSON from "superjson";

/** One factory for the server's per-request query client and the browser's singleton. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Data prefetched on the server stays fresh long enough not to be fetched again right after hydration.
      queries: { staleTime: 30_000 },
      dehydrate: {
        serializeData: SuperJSON.serialize,
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
        shouldRedactErrors: () => false,
      },
      hydrate: { deserializeData: SuperJSON.deserialize },
    },
  });
}

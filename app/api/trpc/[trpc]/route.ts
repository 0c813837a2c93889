import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { appRouter } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { readSessionCookie } from "~/server/auth/session";
import { isSameOrigin } from "~/server/http/same-origin";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    createContext: () => createTRPCContext({ getSession: readSessionCookie, headers: req.headers }),
    onError({ error, path }) {
      // Unexpected failures only: expected ones (bad input, upstream 4xx) are the caller's to show.
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}

/** Mutations (POSTs) only from the site's own pages: another site's form or script cannot act for a producer. */
async function POST(req: Request) {
  if (!isSameOrigin(req.headers)) {
    return Response.json({ error: { message: "Requête refusée : elle ne vient pas de ce site." } }, { status: 403 });
  }
  return handler(req);
}

export { handler as GET, POST };

import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { MAX_BATCH_SIZE } from "~/components/trpc/batch";
import { appRouter } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { carriesSession, PRIVATE_ANSWER } from "~/server/api/lib/private-answer";
import { reasonText } from "~/server/api/lib/reason-error";
import { readSessionCookie } from "~/server/auth/session";
import { isSameOrigin } from "~/server/http/same-origin";
import { logError } from "~/server/log";

async function handler(req: Request) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: ({ resHeaders }) =>
      createTRPCContext({ getSession: readSessionCookie, headers: req.headers, resHeaders }),
    onError({ error, path }) {
      // Unexpected failures only: expected ones (bad input, upstream 4xx) are the caller's to show.
      if (error.code === "INTERNAL_SERVER_ERROR") logError(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
  // A request tRPC refuses before any procedure (a batch too big, a body it cannot read) gets its JSON error as
  // text/plain: every answer of the API is JSON, and says so.
  if (response.headers.get("content-type")?.startsWith("text/plain")) {
    response.headers.set("content-type", "application/json");
  }
  return response;
}

/**
 * Every answer to a signed-in browser, or to a mutation, is that caller's own (a regenerated API key, a
 * profile…), whatever the procedure: no cache may keep it. Anonymous queries keep what they have.
 */
async function answer(req: Request, respond: (req: Request) => Promise<Response>): Promise<Response> {
  const response = await respond(req);
  if (req.method !== "GET" || carriesSession(req.headers)) response.headers.set("cache-control", PRIVATE_ANSWER);
  return response;
}

/** Mutations (POSTs) only from the site's own pages: another site's form or script cannot act for a producer. */
async function refuseOtherSites(req: Request) {
  if (!isSameOrigin(req.headers)) {
    return Response.json({ error: { message: reasonText("otherSite") } }, { status: 403 });
  }
  return handler(req);
}

const GET = (req: Request) => answer(req, handler);
const POST = (req: Request) => answer(req, refuseOtherSites);

export { GET, POST };

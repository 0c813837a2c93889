import "server-only";

import { reuseSlugSchema } from "~/lib/udata/vocabulary";
import { readSessionCookie } from "~/server/auth/session";
import { PRIVATE_ANSWER } from "./lib/private-answer";
import { appRouter } from "./root";
import { createCallerFactory, createTRPCContext } from "./trpc";

/**
 * For the route handlers of forms that work without JavaScript: the same procedures as the browser's tRPC calls,
 * with this request's session and headers (its client address for the limits). `resHeaders` collects what a
 * write invalidated, for the answer (the front server's page cache reads it there).
 */
export function formCaller(req: Request) {
  const resHeaders = new Headers();
  const context = createTRPCContext({ getSession: readSessionCookie, headers: req.headers, resHeaders });
  return { caller: createCallerFactory(appRouter)(context), resHeaders };
}

/** The form's answer: back to a page (303, so that reloading it does not post again), never kept by a cache. */
export function seeOther(path: string, resHeaders = new Headers()): Response {
  const headers = new Headers(resHeaders);
  headers.set("location", path);
  headers.set("cache-control", PRIVATE_ANSWER);
  return new Response(null, { status: 303, headers });
}

/**
 * The GET of a form's target (someone opened the address, or reloaded after posting): back to the page the form
 * is on, or a 404 for an address that names no reuse; never a 405, and nothing is posted.
 */
export function toFormPage(slug: string, page: (slug: string) => string): Response {
  if (!reuseSlugSchema.safeParse(slug).success) return new Response(null, { status: 404 });
  return seeOther(page(slug));
}

import "server-only";

import { TRPCError } from "@trpc/server";

import { pageData } from "~/server/pages/page-data";

export const XML_CONTENT_TYPE = "application/xml; charset=utf-8";

/** Crawlers and feed readers may keep these a few minutes; the front server keeps its own copy 10 s. */
const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";
const PLAIN_TEXT = { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" };

function unavailable(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { ...PLAIN_TEXT, "retry-after": "60" } });
}

/**
 * The answer for a document built from upstream data: the document, or a short French text with the status the
 * failure calls for: 404 for what does not exist; 502/503/504 with a Retry-After when data.gouv.fr fails and the
 * cache has nothing older to give (503 when it asks us to slow down). Never a stack trace: other errors are
 * bugs, left to Next.js's 500.
 */
export async function documentResponse<T>(
  load: Promise<T>,
  render: (data: T) => string,
  contentType: string,
): Promise<Response> {
  let result: Awaited<ReturnType<typeof pageData<T>>>;
  try {
    result = await pageData(load);
  } catch (error) {
    if (error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS") return unavailable(503, error.message);
    throw error;
  }
  if ("data" in result) {
    return new Response(render(result.data), {
      headers: { "content-type": contentType, "cache-control": CACHE_CONTROL },
    });
  }
  const { failure } = result;
  if (failure.kind !== "unavailable") return new Response("Introuvable.\n", { status: 404, headers: PLAIN_TEXT });
  return unavailable(failure.status, failure.message);
}

import "server-only";

import { isUpstreamError } from "~/server/datagouv";
import type { Store } from "~/server/store";

/** How long a request id is remembered: far longer than anyone retries a form. */
const REMEMBERED_MS = 24 * 60 * 60_000;

/** Whether data.gouv.fr certainly did not do the write: refused by us before sending, or answered with an error. */
const certainlyNotDone = (error: unknown) =>
  isUpstreamError(error) && (error.kind === "invalid" || error.kind === "http");

/**
 * Runs `write` once per request id, whatever the retries: data.gouv.fr takes no idempotency key for a report, so
 * the id is claimed here, in the shared store (an atomic counter: two instances cannot both claim it). A retry
 * of a claimed id answers `"repeated"` and writes nothing. The claim is given up only when the write certainly did
 * not happen (refused); after a timeout or a lost connection the report may exist, so a retry must not send it
 * again: it is told, as a repeat, that its first attempt went through.
 */
export async function oncePerRequest(store: Store, scope: string, requestId: string, write: () => Promise<unknown>) {
  const key = `once:${scope}:${requestId}`;
  const { count } = await store.increment(key, REMEMBERED_MS);
  if (count > 1) return "repeated" as const;
  try {
    await write();
    return "done" as const;
  } catch (error) {
    if (certainlyNotDone(error)) await store.delete(key);
    throw error;
  }
}

/** Helpers for the client's unit tests (not shipped: only `*.test.ts` files import this). */
import { readFileSync } from "node:fs";
import path from "node:path";

import { vi } from "vitest";

/** Values that must never reach an upstream path. */
export const BAD_SLUGS = [
  "../me/apikey",
  "a/b",
  "%2e%2e",
  "..",
  ".",
  "a?b",
  "a#b",
  "a".repeat(300),
  "",
  "A-Up",
  "-lead",
  "a b",
  "é",
];

type FetchArgs = Parameters<typeof fetch>;
export type FetchHandler = (url: string, init: RequestInit) => Response | Promise<Response>;

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

/** Replaces `fetch` with a spy answering from `handlers`, one per call (the last one repeats). */
export function stubFetch(...handlers: FetchHandler[]) {
  let call = 0;
  const spy = vi.fn(async (...[input, init]: FetchArgs) => {
    const handler = handlers[Math.min(call++, handlers.length - 1)];
    if (!handler) throw new Error("stubFetch: no handler");
    return handler(String(input), init ?? {});
  });
  vi.stubGlobal("fetch", spy);
  return spy;
}

/** The URL and init of the n-th fetch call. */
export function fetchCall(spy: ReturnType<typeof stubFetch>, index = 0): { url: string; init: RequestInit } {
  const args = spy.mock.calls[index];
  if (!args) throw new Error(`fetch call ${index} did not happen`);
  return { url: String(args[0]), init: args[1] ?? {} };
}

export function headerOf(init: RequestInit, name: string): string | null {
  return new Headers(init.headers).get(name);
}

/** A fetch that never answers: it rejects when its signal aborts (as fetch does on a timeout). */
export const hangUntilAborted: FetchHandler = (_url, init) =>
  new Promise((_resolve, reject) => {
    const signal = init.signal;
    if (!signal) return reject(new Error("no signal"));
    signal.addEventListener("abort", () => reject(signal.reason));
  });

/** Reads a JSON file of `sandbox/data/` (the repository's copy of the shared samples). */
export function sandboxData(relative: string): unknown {
  const file = path.resolve(import.meta.dirname, "../../sandbox/data", relative);
  return JSON.parse(readFileSync(file, "utf8"));
}

/** Captures the rejection of a promise (to inspect an UpstreamError's fields). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

"use client";

import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { useEffect, useState } from "react";

import type { AppRouter } from "~/server/api/root";

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;

/** Answers already received on this page, by URL: typing back a term shows its suggestions at once. */
const answers = new Map<string, unknown>();

/**
 * The URL of a public tRPC query, as tRPC's own client builds it (superjson's `{json}` envelope: public inputs
 * are plain JSON). The path segments come from the router's own names, never from user input.
 */
function queryUrl(router: string, procedure: string, input: unknown): string {
  return `/api/trpc/${router}.${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

/**
 * A public tRPC query from a public page's island, typed by the router, without tRPC's client, TanStack Query
 * and superjson: they would add ~20 KB gzip of JavaScript to pages whose budget is 120 KB in all (the producer
 * area uses them, through `useTRPC`). Public procedures answer plain JSON. While a new answer loads, the
 * previous one stays; a superseded request is aborted; a failure leaves the previous answer (or nothing).
 */
export function usePublicQuery<R extends keyof Inputs & string, P extends keyof Inputs[R] & keyof Outputs[R] & string>(
  router: R,
  procedure: P,
  input: Inputs[R][P],
  enabled = true,
): Outputs[R][P] | undefined {
  const url = queryUrl(router, procedure, input);
  // The last answer received, shown while the answer for a new input loads.
  const [last, setLast] = useState<unknown>(undefined);

  useEffect(() => {
    if (!enabled || answers.has(url)) return;
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((body: { result: { data: { json: unknown } } }) => {
        answers.set(url, body.result.data.json);
        setLast(body.result.data.json);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [url, enabled]);

  // Answers are what the procedure returns (see the type): the cast only restores the type the Map forgot.
  return enabled ? ((answers.get(url) ?? last) as Outputs[R][P] | undefined) : undefined;
}

"use client";

import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { useEffect, useState } from "react";

import type { AppRouter } from "~/server/api/root";

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;

/** The client, loaded with the first query: an island that asks nothing (a box never typed in) costs nothing more. */
const loadClient = () => import("./public-client").then((module) => module.publicClient);

/** Answers already received on this page, by procedure and input: typing back a term shows its suggestions at once. */
const answers = new Map<string, unknown>();

/**
 * A public tRPC query from a public page's island, typed by the router, through tRPC's vanilla client
 * (public-client.ts) without TanStack Query and tRPC's React client: public pages have a JavaScript budget (the
 * producer area uses them, through `useTRPC`). While a new answer loads, the previous one stays; a superseded request is aborted; a
 * failure leaves the previous answer (or nothing).
 */
export function usePublicQuery<R extends keyof Inputs & string, P extends keyof Inputs[R] & keyof Outputs[R] & string>(
  router: R,
  procedure: P,
  input: Inputs[R][P],
  enabled = true,
): Outputs[R][P] | undefined {
  const path = `${router}.${procedure}`;
  const key = `${path}?${JSON.stringify(input)}`;
  // The last answer received, shown while the answer for a new input loads.
  const [last, setLast] = useState<unknown>(undefined);

  useEffect(() => {
    if (!enabled || answers.has(key)) return;
    const controller = new AbortController();
    loadClient()
      .then((client) => client.query(path, input, { signal: controller.signal }))
      .then((answer) => {
        answers.set(key, answer);
        setLast(answer);
      })
      .catch(() => undefined);
    return () => controller.abort();
    // `key` stands for `path` and `input` (an object, new at each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, enabled]);

  // Answers are what the procedure returns (see the type): the cast only restores the type the Map forgot.
  return enabled ? ((answers.get(key) ?? last) as Outputs[R][P] | undefined) : undefined;
}

import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "~/server/api/root";

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;

/** The vanilla client, loaded with the first call (see public-client.ts). */
const loadClient = () => import("./public-client").then((module) => module.publicClient);

/**
 * One call of a procedure from a public page's island, whose answer or failure the island handles itself (a
 * signed-out visitor's UNAUTHORIZED is an answer too): unlike usePublicQuery, nothing is kept or swallowed.
 */
export async function publicCall<
  R extends keyof Inputs & string,
  P extends keyof Inputs[R] & keyof Outputs[R] & string,
>(kind: "query" | "mutation", router: R, procedure: P, input: Inputs[R][P]): Promise<Outputs[R][P]> {
  const client = await loadClient();
  const path = `${router}.${procedure}`;
  // Answers are what the procedure returns (see the type): the cast only restores the type the untyped client forgot.
  const answer: unknown = kind === "query" ? await client.query(path, input) : await client.mutation(path, input);
  return answer as Outputs[R][P];
}

/** The tRPC code of a failed call (`UNAUTHORIZED`, `TOO_MANY_REQUESTS`…), or undefined for anything else. */
export function failureCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("data" in error)) return undefined;
  const data: unknown = error.data;
  if (typeof data !== "object" || data === null || !("code" in data)) return undefined;
  return typeof data.code === "string" ? data.code : undefined;
}

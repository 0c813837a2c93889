import "server-only";

import { createHash } from "node:crypto";

import { getStore } from "~/server/store";

/** How long a request id is remembered: long after any retry of the same submission. */
const REMEMBER_MS = 24 * 60 * 60_000;
/** Clocks of the site and of data.gouv.fr may differ a little: a post found this much before the first try is ours. */
const CLOCK_SKEW_MS = 5 * 60_000;

type Attempt = { state: "sent"; since: number } | { state: "done"; result: string };

export interface IdempotentPost {
  /** Who posts (a user id), the submission's request id, and what it posts: together, the key of the attempt. */
  scope: readonly string[];
  /** Sends the post; resolves to what identifies its result (a discussion's id). */
  send: () => Promise<string>;
  /**
   * Looks upstream for the result of an earlier attempt whose answer was lost (a timeout): the same text by the
   * same person, posted since `since` (epoch ms). Null when it is not there: the post is sent again.
   */
  find: (since: number) => Promise<string | null>;
}

const keyOf = (scope: readonly string[]) => `post:${createHash("sha256").update(scope.join("\u0000")).digest("hex")}`;

/**
 * A post sent at most once per submission, whatever the retries: the store remembers each attempt by its key. A
 * retry of a post that succeeded answers its result again; of a post sent but unanswered, it first looks upstream
 * for it (data.gouv.fr has no idempotency key) and only sends again when it is not there.
 */
export async function idempotentPost({ scope, send, find }: IdempotentPost): Promise<string> {
  const store = getStore();
  const key = keyOf(scope);
  const previous = await store.get(key);
  const attempt = previous ? (JSON.parse(previous) as Attempt) : null;
  if (attempt?.state === "done") return attempt.result;
  if (attempt?.state === "sent") {
    const found = await find(attempt.since - CLOCK_SKEW_MS);
    if (found) {
      await store.set(key, JSON.stringify({ state: "done", result: found } satisfies Attempt), REMEMBER_MS);
      return found;
    }
  }
  const since = attempt?.state === "sent" ? attempt.since : Date.now();
  await store.set(key, JSON.stringify({ state: "sent", since } satisfies Attempt), REMEMBER_MS);
  const result = await send();
  await store.set(key, JSON.stringify({ state: "done", result } satisfies Attempt), REMEMBER_MS);
  return result;
}

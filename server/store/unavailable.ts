// A brand, not `instanceof`: the front server (tsx, server/http/main.ts) creates the process's store from its own
// copy of this module, and the Next.js bundles, with theirs, get its errors. Symbol.for is one symbol for both.
const BRAND = Symbol.for("reuses.storeUnavailable");

/**
 * The store could not be reached or did not answer in time (Redis down, a full disk): what needs it (sessions,
 * sign-in, the rate limits) answers 503 "service unavailable" instead of a bug's 500. Its message never quotes
 * the command, which may hold a key or a ciphertext.
 */
export class StoreUnavailableError extends Error {
  override name = "StoreUnavailableError";
  readonly [BRAND] = true;
}

export function isStoreUnavailable(error: unknown): error is StoreUnavailableError {
  return typeof error === "object" && error !== null && BRAND in error;
}

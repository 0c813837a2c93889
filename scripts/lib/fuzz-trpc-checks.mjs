// Two checks of `node scripts/fuzz.mjs` on tRPC answers (see fuzz-checks.mjs for how checks run): answers that
// belong to one caller are kept by no cache, and input refusals say which fields, not how they are checked.
// fuzz-checks.mjs imports this module too: NOT_APPLICABLE is only read when a check runs, long after both loaded.
import { NOT_APPLICABLE } from "./fuzz-checks.mjs";

export const TRPC_CHECKS = [
  { id: "privateAnswers", title: "Signed-in tRPC answers private, no-store" },
  { id: "quietRefusals", title: "Input refusals without zod's rules or wording" },
];

/** zod's issues as they read in JSON (codes, keys, English messages) and regex sources (`^[…]`, `{24}`, `$/`). */
const VALIDATION_LEAKS = [
  /"(too_small|too_big|invalid_type|invalid_format|invalid_value|invalid_union|unrecognized_keys)"/,
  /"(origin|minimum|maximum|inclusive|pattern|formErrors|zodError)"\s*:/,
  /\b(Too (small|big)|Invalid (input|option|string|type))\b|expected (string|number|one of)/,
  /\^\[|\]\{\d+(,\d*)?\}|\$\/|\\d\{/,
];

const isTrpc = ({ target }) => target.startsWith("/api/trpc");
const isJsonAnswer = ({ response }) => String(response.headers["content-type"] ?? "").startsWith("application/json");

/**
 * An answer to a signed-in caller (its session cookie) or to a mutation says `private, no-store`: one holds a new
 * API key. Only the app's JSON answers: a request the server refused before the app (headers too big) has none.
 */
function privateAnswers(exchange) {
  if (!isTrpc(exchange) || !isJsonAnswer(exchange)) return NOT_APPLICABLE;
  if (!exchange.identity.signedIn && exchange.method === "GET") return NOT_APPLICABLE;
  const value = String(exchange.response.headers["cache-control"] ?? "");
  return /\bprivate\b/.test(value) && /\bno-store\b/.test(value) ? null : `Cache-Control: ${value || "none"}`;
}

/** The errors of a tRPC answer (one, or a batch's list). */
function errorsOf(text) {
  try {
    return [JSON.parse(text)].flat().flatMap((item) => (item?.error?.json ? [item.error.json] : []));
  } catch {
    return [];
  }
}

/** An input refusal (BAD_REQUEST) shows no schema: no regex, no limit, no zod code nor wording. */
function quietRefusals(exchange) {
  if (!isTrpc(exchange) || exchange.response.status !== 400) return NOT_APPLICABLE;
  const refusals = errorsOf(exchange.response.body.toString("utf8")).filter(
    (error) => error.data?.code === "BAD_REQUEST",
  );
  if (refusals.length === 0) return NOT_APPLICABLE;
  for (const refusal of refusals) {
    const json = JSON.stringify(refusal);
    const leak = VALIDATION_LEAKS.find((pattern) => pattern.test(json));
    if (leak) return `a refusal shows validation details (${json.match(leak)?.[0]})`;
  }
  return null;
}

export const RUN_TRPC_CHECKS = { privateAnswers, quietRefusals };

// Server internals that no answer of the site may show, whatever fails: shared by `scripts/faults.mjs` and the
// e2e fault tests (types in faults-internals.d.mts).
import { ROOT } from "./paths.mjs";

/** tRPC's code names: internal on a page, but part of the protocol in a tRPC error (`data.code`). */
const TRPC_CODES = /\b(SERVICE_UNAVAILABLE|BAD_GATEWAY|GATEWAY_TIMEOUT|TOO_MANY_REQUESTS|INTERNAL_SERVER_ERROR)\b/;

/**
 * Server internals no answer may show: error classes, transport errors, the upstream requests and what was
 * wrong with their answers (as server/datagouv/errors.ts describes them for logs), files, stack frames.
 */
const INTERNALS = [
  /TRPCError|UpstreamError|UpstreamCause/,
  /ECONNREFUSED|ECONNRESET|fetch failed|AbortError|TimeoutError|ETIMEDOUT/,
  /\/api\/1\/|\b(GET|POST|PUT|DELETE) \/[\w{}/.-]*|schema mismatch|invalid JSON/,
  /node_modules|webpack-internal|\.tsx?:\d+/,
  /\bat \S+ \(\S+:\d+:\d+\)|^\s*at \S/m,
];

/**
 * What of the server's internals `text` shows: the patterns above, the sandbox's address (the upstream's URL)
 * and the site's own directory. `codes: false` lets tRPC code names through (a tRPC error's `data.code` is
 * part of the protocol the browser reads). `upstreamHost: false` lets the upstream's address through: a page
 * that shows a reuse links to its images where data.gouv.fr serves them (here, the sandbox).
 */
export function internalsIn(text, { sandboxUrl, codes = true, upstreamHost = true }) {
  const { host } = new URL(sandboxUrl);
  const patterns = codes ? [...INTERNALS, TRPC_CODES] : INTERNALS;
  const found = patterns.filter((pattern) => pattern.test(text)).map(String);
  const literals = upstreamHost ? [host, ROOT] : [ROOT];
  for (const literal of literals) if (text.includes(literal)) found.push(literal);
  return found;
}

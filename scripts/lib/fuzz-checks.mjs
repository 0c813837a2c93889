// The checks of `node scripts/fuzz.mjs`, applied to every exchange (a request, its answer, and the upstream
// requests the sandbox saw meanwhile). Each returns a problem (a short string), null when the exchange passes, or
// NOT_APPLICABLE when it says nothing about it (an exchange with nothing to refuse cannot waste a call).
import { hasJavascriptUrl } from "./fuzz-html.mjs";
import { RUN_TRPC_CHECKS, TRPC_CHECKS } from "./fuzz-trpc-checks.mjs";
import { FORGED_LINE_STARTS, MARKERS } from "./fuzz-values.mjs";

export const NOT_APPLICABLE = Symbol("not applicable");

export const CHECKS = [
  { id: "no5xx", title: "No 500 (no 5xx, every request answered)" },
  { id: "allowList", title: "No stray upstream requests (allow-list)" },
  { id: "reflection", title: "No reflection (escaped, JSON as JSON, no leak)" },
  { id: "wasted", title: "No wasted calls (refused before upstream)" },
  { id: "forgedLog", title: "No forged line in the server log (input escaped)" },
  ...TRPC_CHECKS,
];

/** What the app sends when it refuses input itself: tRPC codes that never need data.gouv.fr. */
const OWN_REFUSALS = new Set(["PARSE_ERROR", "METHOD_NOT_SUPPORTED"]);
/** What a file of the server would show (/etc/passwd, package.json, .git, .env, SQLite): no route serves them. */
const SERVER_FILES = [
  /root:x:0:0:/,
  /"name":\s*"reutilisations"/,
  /\[core\]\s+repositoryformatversion/,
  /NEXTAUTH_SECRET=/,
  /SQLite format 3/,
];
/** Node refuses a request line and headers over 16 KiB (431) before the app sees them, often resetting too. */
const NODE_MAX_HEADER_BYTES = 16 * 1024;

function refusedByNode({ target, response }) {
  return target.length > NODE_MAX_HEADER_BYTES && (response.status === 0 || response.status === 431);
}

function no5xx(exchange) {
  const { response } = exchange;
  if (refusedByNode(exchange)) return null;
  if (response.status === 0) return `no answer (${response.error})`;
  if (response.status < 0) return `could not be sent (${response.error})`;
  return response.status >= 500 ? `HTTP ${response.status}` : null;
}

function allowList({ upstream }, { allowed }) {
  const stray = upstream.filter((entry) => !allowed.some(({ regex }) => regex.test(entry.path)));
  return stray.length ? `upstream ${stray.map((entry) => `${entry.method} ${entry.path}`).join(", ")}` : null;
}

function originOf(url, base) {
  try {
    return new URL(url, base).origin;
  } catch {
    return "unparsable";
  }
}

function headerProblem(name, value, { appOrigin }) {
  if (MARKERS.some((marker) => value.includes(marker))) return `header ${name} reflects a marker`;
  if (name === "set-cookie" && /(^|[\s;])fz\d*=/.test(value)) return "header injection: cookie fz set";
  if (name === "location" || name === "refresh") {
    if (originOf(value.replace(/^\d+;\s*url=/i, ""), appOrigin) !== appOrigin)
      return `redirect off-site: ${value.slice(0, 120)}`;
  }
  return null;
}

function isJson(text) {
  if (!/^\s*[[{]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function reflection({ response }, context) {
  for (const [name, raw] of Object.entries(response.headers)) {
    for (const value of [raw].flat()) {
      const problem = headerProblem(name, value, context);
      if (problem) return problem;
      if (context.secrets.some((secret) => value.includes(secret))) return `header ${name} holds a secret`;
    }
  }
  const type = String(response.headers["content-type"] ?? "");
  const text = response.body.toString("utf8");
  if (context.secrets.some((secret) => text.includes(secret))) return "the body holds a secret (key or auth secret)";
  const leak = SERVER_FILES.find((signature) => signature.test(text));
  if (leak) return `the body holds a server file (${leak})`;
  if (!type.startsWith("application/json") && isJson(text)) return `JSON served as ${type || "no content-type"}`;
  if (type.startsWith("application/json") || type.startsWith("image/")) return null;
  const marker = MARKERS.find((candidate) => text.includes(candidate));
  if (marker) return `reflects ${marker} unescaped (${type})`;
  return hasJavascriptUrl(text) ? `a javascript: URL in an attribute (${type})` : null;
}

/** tRPC answers (one, or a batch's list): whether the app refused the input itself (zod, parse, method). */
function ownRefusal(response) {
  if (response.status < 400 || response.status >= 500) return null;
  let answer;
  try {
    answer = JSON.parse(response.body.toString("utf8"));
  } catch {
    return null;
  }
  for (const item of [answer].flat()) {
    const data = item?.error?.json?.data;
    if (data?.invalidFields) return "input refused by zod";
    if (OWN_REFUSALS.has(data?.code)) return `tRPC ${data.code}`;
  }
  return null;
}

/** A redirect to a URL that has dropped `value` (a page normalizing its URL). */
function redirectsWithout(response, value) {
  const location = response.headers.location;
  if (response.status < 300 || response.status >= 400 || !location) return false;
  const query = new URL(location, "http://site.invalid").searchParams;
  return ![...query.values()].some((item) => item.trim() === value.trim());
}

/** A query value carrying the hostile value (whole, or long enough a part of it to tell). */
function traceOf(value, upstream) {
  const needle = value.trim();
  if (needle.length === 0) return null;
  for (const entry of upstream) {
    for (const [name, raw] of Object.entries(entry.query)) {
      const found = [raw].flat().find((item) => item === needle || (needle.length >= 8 && item.includes(needle)));
      if (found !== undefined) return `${name}=${found.slice(0, 60)}`;
    }
  }
  return null;
}

function wasted({ target, response, upstream, expect = {} }) {
  const tRPC = target.startsWith("/api/trpc");
  if (Object.keys(expect).length === 0 && !(tRPC && ownRefusal(response))) return NOT_APPLICABLE;
  if (refusedByNode({ target, response })) return null;
  if (expect.status && !expect.status.includes(response.status)) {
    return `HTTP ${response.status}, expected ${expect.status.join(" or ")}${expect.why ? ` (${expect.why})` : ""}`;
  }
  const reason = expect.zeroUpstream ?? (tRPC ? ownRefusal(response) : null);
  if (reason && upstream.length > 0) return `${reason}, yet ${upstream.length} upstream request(s)`;
  if (expect.ignored === undefined) return null;
  if (response.status !== expect.sameStatus && !redirectsWithout(response, expect.ignored)) {
    return `HTTP ${response.status} where the page without the parameter answers ${expect.sameStatus}`;
  }
  const trace = traceOf(expect.ignored, upstream);
  return trace ? `the ignored value reached upstream: ${trace}` : null;
}

/** Lines of the server's output a hostile value forged (CR, LF and the Unicode line separators end a line). */
export function forgedLogLines(output) {
  return output
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .filter((line) => FORGED_LINE_STARTS.some((start) => line.startsWith(start)));
}

// The server's log is examined once, over the whole run (fuzz-run.mjs: checkServerLog), not per exchange.
const RUN = { no5xx, allowList, reflection, wasted, forgedLog: () => NOT_APPLICABLE, ...RUN_TRPC_CHECKS };

/** `{checkId: problem | null}` for one exchange. */
export function examine(exchange, context) {
  return Object.fromEntries(CHECKS.map(({ id }) => [id, RUN[id](exchange, context)]));
}

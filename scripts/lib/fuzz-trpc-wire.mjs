// Attacks on tRPC's wire format, for the fuzzer's tRPC cases: superjson's metadata, bodies that are not JSON, the
// wrong method or content type, batches (a flood of calls in one request), mutations from another origin.
import { encodeComponent } from "./fuzz-http.mjs";
import { realExample } from "./fuzz-trpc-input.mjs";

/** Bodies superjson must refuse, or accept without harm: prototype paths, cycles, unknown types, bad dates. */
export const SUPERJSON_ATTACKS = [
  {
    name: "meta path __proto__",
    body: (json) => ({ json, meta: { values: { __proto__: ["undefined"] } } }),
    quick: true,
  },
  {
    name: "meta path constructor.prototype",
    body: (json) => ({ json, meta: { values: { "constructor.prototype.polluted": ["undefined"] } } }),
  },
  { name: "meta cycle", body: () => ({ json: { a: {} }, meta: { referentialEqualities: { a: ["a.a"], "": ["a"] } } }) },
  { name: "meta unknown class", body: (json) => ({ json, meta: { values: [["class", "Fuzz"]] } }), quick: true },
  { name: "meta unknown custom type", body: (json) => ({ json, meta: { values: [["custom", "fuzz"]] } }) },
  { name: "meta invalid Date", body: () => ({ json: "fz-not-a-date", meta: { values: ["Date"] } }) },
  { name: "meta huge bigint", body: () => ({ json: "9".repeat(100_000), meta: { values: ["bigint"] } }) },
  { name: "meta Map", body: () => ({ json: [["__proto__", { polluted: "fz9" }]], meta: { values: ["map"] } }) },
  { name: "meta not an object", body: (json) => ({ json, meta: "fz" }) },
];

/** Raw payloads that are not superjson, or not JSON at all. */
const MALFORMED_INPUTS = [
  { name: "not JSON", raw: "{", quick: true },
  { name: "JSON without `json`", raw: '{"fz": 1}' },
  { name: "JSON string", raw: '"fz"' },
  { name: "invalid UTF-8", raw: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) },
];

/** Attacks on the format of one procedure's calls (`label` and `raw` body, or `request` fields to send). */
export function wireCases(procedure, { quick, appOrigin }) {
  const malformed = MALFORMED_INPUTS.filter((input) => !quick || input.quick);
  const cases = malformed.map(({ name, raw }) => ({ label: `malformed: ${name}`, raw }));
  const wrongMethod = procedure.type === "query" ? "POST" : "GET";
  const expect = { status: [405], zeroUpstream: "wrong method" };
  const headers = { "content-type": "application/json", origin: appOrigin };
  cases.push({ label: `wrong method ${wrongMethod}`, request: { method: wrongMethod, headers, expect } });
  if (procedure.type === "mutation") {
    const headers = { "content-type": "text/html", origin: appOrigin };
    cases.push({ label: "HTML body", request: { headers, body: '<script>alert("fz1")</script>' } });
  }
  if (procedure.type === "query") {
    const batch = `/api/trpc/${procedure.path},${procedure.path}?batch=1&input=`;
    const input = encodeComponent(JSON.stringify({ 0: { json: '"><img src=x onerror=fz2>' }, 1: { json: null } }));
    cases.push({ label: "batch of two", request: { method: "GET", target: `${batch}${input}` } });
  }
  return cases;
}

/** Calls in the flood batch: far more than a page ever batches. */
const FLOOD = 100;

/**
 * One request carrying FLOOD calls of a public query (tRPC's batch format): refused as a whole before any upstream
 * call, or one request would be FLOOD upstream requests.
 */
export function floodCase(procedures, identity, ids, placeholders) {
  const query = procedures.find(
    (procedure) => procedure.type === "query" && !procedure.needsSession && procedure.example,
  );
  const input = { json: realExample(query.example, ids, placeholders) };
  const inputs = Object.fromEntries(Array.from({ length: FLOOD }, (_, index) => [index, input]));
  const paths = Array.from({ length: FLOOD }, () => query.path).join(",");
  return {
    surface: "tRPC",
    identity,
    label: `${query.path} × ${FLOOD} in one batch`,
    method: "GET",
    target: `/api/trpc/${paths}?batch=1&input=${encodeComponent(JSON.stringify(inputs))}`,
    expect: { status: [400, 413, 414, 431], zeroUpstream: `a batch of ${FLOOD} calls` },
    withInput: true,
  };
}

/** A mutation from another site (or from no browser): refused by the route before tRPC, 403. */
export function foreignCases(procedure, identity) {
  const expect = { status: [403], zeroUpstream: "foreign origin" };
  const body = JSON.stringify({ json: null });
  return [
    { origin: "https://evil.example", headers: { origin: "https://evil.example" } },
    { origin: "none, cross-site", headers: { "sec-fetch-site": "cross-site" } },
  ].map(({ origin, headers }) => ({
    surface: "tRPC",
    identity,
    label: `${procedure.path} from origin ${origin}`,
    method: "POST",
    target: `/api/trpc/${procedure.path}`,
    headers: { "content-type": "application/json", ...headers },
    body,
    expect,
  }));
}

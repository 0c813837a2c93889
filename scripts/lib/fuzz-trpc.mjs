// The tRPC cases of `node scripts/fuzz.mjs`: each procedure of the real router called as the browser calls it
// (GET `?input=` for queries, POST for mutations, superjson `{"json": …}`), with a hostile value as the whole
// input and in each field of an otherwise valid input, plus attacks on the wire format itself.
import { encodeComponent } from "./fuzz-http.mjs";
import { fieldPaths, realExample, withOwnKey, withValue } from "./fuzz-trpc-input.mjs";
import { floodCase, foreignCases, SUPERJSON_ATTACKS, wireCases } from "./fuzz-trpc-wire.mjs";

/** Middleware names that say who may call a procedure (server/api/trpc.ts, routers/admin/reuses.ts). */
const NEEDS_SESSION = "requireSession";
const NEEDS_ADMIN = "requireAdmin";

function markedProcedures(listing) {
  const procedures = listing.procedures.map((procedure) => ({
    ...procedure,
    needsSession: procedure.middlewares.includes(NEEDS_SESSION),
    needsAdmin: procedure.middlewares.includes(NEEDS_ADMIN),
  }));
  // A renamed guard would silently drop the authorization checks: fail instead.
  for (const flag of ["needsSession", "needsAdmin"]) {
    if (!procedures.some((procedure) => procedure[flag])) throw new Error(`no procedure has ${flag}: guard renamed?`);
  }
  return procedures;
}

/** A request for a procedure with `payload` (a superjson body; undefined: no input at all). */
function call(procedure, payload, { origin, raw } = {}) {
  const text = raw ?? (payload === undefined ? undefined : JSON.stringify(payload));
  const base = `/api/trpc/${procedure.path}`;
  if (procedure.type === "query") {
    if (text === undefined) return { method: "GET", target: base };
    const input = Buffer.isBuffer(text)
      ? [...text].map((byte) => `%${byte.toString(16)}`).join("")
      : encodeComponent(text);
    return { method: "GET", target: `${base}?input=${input}` };
  }
  const headers = { "content-type": "application/json", ...(origin ? { origin } : {}) };
  return { method: "POST", target: base, headers, body: text };
}

/** How many values go where: the whole input, each field, the input of a caller refused anyway. */
const COUNTS = { whole: { quick: Infinity, full: 40 }, field: { quick: 4, full: 30 }, refused: { quick: 3, full: 3 } };

function inputCases(procedure, { draw, ids, placeholders, quick, refused }) {
  const example = () => realExample(procedure.example, ids, placeholders);
  const cases = [{ label: "no input", payload: undefined }];
  for (const { name, value } of draw.json(refused ? COUNTS.refused : COUNTS.whole)) {
    cases.push({ label: `input = ${name}`, payload: { json: value } });
  }
  // A refused caller is refused before its input is read: the whole input shows it.
  if (!procedure.input || refused) return cases;
  for (const path of fieldPaths(procedure.input)) {
    for (const { name, value } of draw.json(COUNTS.field)) {
      cases.push({ label: `.${path.join(".")} = ${name}`, payload: { json: withValue(example(), path, value) } });
    }
  }
  for (const key of ["__proto__", "constructor"]) {
    cases.push({ label: `extra key ${key}`, payload: { json: withOwnKey(example(), key) } });
  }
  for (const attack of SUPERJSON_ATTACKS.filter((attack) => !quick || attack.quick)) {
    cases.push({ label: `superjson: ${attack.name}`, payload: attack.body(example()) });
  }
  return cases;
}

/** A body over what the front server lets through to the procedure: refused before anything reads it. */
const OVER_LIMIT = { status: [413], zeroUpstream: "a body over its limit" };

const overLimit = (procedure, { method, body }) =>
  method === "POST" && body !== undefined && Buffer.byteLength(body) > procedure.bodyLimit;

/** Callers refused whatever the input: the status they must get, and no upstream request. */
function refusal(procedure, identity) {
  if (procedure.needsSession && !identity.signedIn) return { status: [401], zeroUpstream: "no session" };
  if (procedure.needsAdmin && !identity.admin) return { status: [403], zeroUpstream: "not a site admin" };
  return undefined;
}

/**
 * The tRPC cases of one identity (`{name, signedIn, admin}`), with values from `draw` (fuzz-draw.mjs);
 * `withInput` tells those of procedures with an input.
 */
export function trpcCases({ listing, ids, identity, appOrigin, quick, draw }) {
  const procedures = markedProcedures(listing);
  const cases = identity.signedIn ? [] : [floodCase(procedures, identity, ids, listing.placeholders)];
  for (const procedure of procedures) {
    // A site admin calls the other procedures as any producer does: the producer's run covers them.
    if (identity.admin && !procedure.needsAdmin) continue;
    const first = cases.length;
    const refused = refusal(procedure, identity);
    const context = { draw, ids, placeholders: listing.placeholders, quick, refused };
    const all = [...inputCases(procedure, context), ...(refused ? [] : wireCases(procedure, { quick, appOrigin }))];
    for (const { label, payload, raw, request } of all) {
      const sent = { ...call(procedure, payload, { origin: appOrigin, raw }), ...request };
      cases.push({
        surface: "tRPC",
        identity,
        label: `${procedure.path} ${label}`,
        ...sent,
        expect: overLimit(procedure, sent) ? OVER_LIMIT : (refused ?? sent.expect),
      });
    }
    if (procedure.type === "mutation" && identity.signedIn) cases.push(...foreignCases(procedure, identity));
    for (const testCase of cases.slice(first)) testCase.withInput = Boolean(procedure.input);
  }
  return cases;
}

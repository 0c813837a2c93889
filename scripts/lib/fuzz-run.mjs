// Runs the fuzzer's cases one at a time (the sandbox's request log is shared: DELETE it, send, read it), checks
// each exchange, and keeps the figures: per surface (inputs, 4xx, upstream calls), per check (failures).
import { CHECKS, examine, forgedLogLines, NOT_APPLICABLE } from "./fuzz-checks.mjs";
import { send, upstreamLog } from "./fuzz-http.mjs";

/** Kinds of failure kept per check, each with its count and first request (all failures are counted). */
const KINDS_KEPT = 20;

/** Whether an answer says a signed-in identity is signed in no more: tRPC's 401, or a page sent to /sign-in. */
function signedOut(testCase, response) {
  if (!testCase.identity.signedIn) return false;
  if (testCase.target.startsWith("/api/trpc")) return response.status === 401;
  const location = String(response.headers.location ?? "");
  return testCase.target.startsWith("/dashboard") && /\/sign-in(\?|$)/.test(location);
}

export function createRunner({ stack, allowed, identities }) {
  const log = upstreamLog(stack.sandboxUrl);
  const appOrigin = new URL(stack.appUrl).origin;
  const surfaces = new Map();
  const checks = Object.fromEntries(CHECKS.map(({ id }) => [id, { examined: 0, failed: 0, kinds: new Map() }]));
  /** The case before each lost session, by identity: what ended it (a cleared key, a deleted account…). */
  const lastCase = new Map();
  const endedBy = new Map();
  /** Inputs the app let through and data.gouv.fr refused (400): its validation is looser than udata's there. */
  const upstreamRefused = new Map();

  async function exchangeOf(testCase) {
    const headers = { ...testCase.identity.headers(), ...testCase.headers };
    await log.clear();
    const response = await send(stack.appUrl, { ...testCase, headers });
    return { ...testCase, response, upstream: await log.read() };
  }

  /** Counts a failure of check `id`, by kind; `first()` describes what failed, for the first of each kind. */
  function fail(id, problem, first) {
    checks[id].failed++;
    const { kinds } = checks[id];
    const kind = kinds.get(problem) ?? (kinds.size < KINDS_KEPT ? { count: 0, first: first() } : null);
    if (kind) kinds.set(problem, { ...kind, count: kind.count + 1 });
  }

  function record(exchange) {
    const key = `${exchange.surface} ${exchange.identity.name}`;
    const figures = surfaces.get(key) ?? { surface: exchange.surface, identity: exchange.identity.name };
    figures.inputs = (figures.inputs ?? 0) + 1;
    figures.refused =
      (figures.refused ?? 0) + Number(exchange.response.status >= 400 && exchange.response.status < 500);
    figures.upstream = (figures.upstream ?? 0) + exchange.upstream.length;
    surfaces.set(key, figures);
    const secrets = [stack.secret, ...identities.filter((i) => i.signedIn).map((i) => i.apiKey)];
    const problems = examine(exchange, { allowed, appOrigin, secrets });
    for (const [id, problem] of Object.entries(problems)) {
      if (problem === NOT_APPLICABLE) continue;
      checks[id].examined++;
      if (problem) fail(id, problem, () => describe(exchange));
    }
    if (exchange.upstream.some((entry) => entry.status === 400)) {
      const what = `${exchange.identity.name}: ${exchange.label}`;
      upstreamRefused.set(what, (upstreamRefused.get(what) ?? 0) + 1);
    }
    return problems;
  }

  return {
    /** Sends one case (again, once signed in anew, when its identity's session had ended) and checks it. */
    async run(testCase) {
      let exchange = await exchangeOf(testCase);
      const { identity } = testCase;
      if (signedOut(testCase, exchange.response)) {
        const cause = `${identity.name}: ${(lastCase.get(identity) ?? "?").split(" ")[0]}`;
        endedBy.set(cause, (endedBy.get(cause) ?? 0) + 1);
        await identity.restore();
        exchange = await exchangeOf(testCase);
      }
      lastCase.set(identity, testCase.label);
      return { exchange, problems: record(exchange) };
    },
    /** Checks the server's whole output, once every case has run: no line of it was forged by an input. */
    checkServerLog(output) {
      checks.forgedLog.examined += output.split("\n").length;
      for (const line of forgedLogLines(output)) {
        fail("forgedLog", `a line forged by an input: ${line.slice(0, 60)}`, () => `server log: ${line.slice(0, 240)}`);
      }
    },
    /** Sends a case without checking it (the figures of an answer some later check compares with). */
    exchangeOf,
    results: () => ({ surfaces, checks, upstreamRefused, endedBy }),
  };
}

/** A failing request, as printed: enough to replay it. */
function describe({ identity, label, method, target, response, upstream }) {
  const shownTarget = target.length > 240 ? `${target.slice(0, 240)}… (${target.length} characters)` : target;
  const calls = upstream.map((entry) => `${entry.method} ${entry.path}`).join(", ") || "none";
  return `${identity.name}: ${label}\n      ${method} ${shownTarget} → HTTP ${response.status}; upstream: ${calls}`;
}

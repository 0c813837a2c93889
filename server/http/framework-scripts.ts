/**
 * The inline scripts Next.js 16 writes into a page, recognised by their exact shape so that the CSP allows those
 * and nothing else: an inline script of any other shape found in a page (one that got past React's escaping) is
 * not hashed, so the browser refuses it. Each shape is fixed code around one JSON value, and that value must
 * parse as JSON: no other code fits in. Seen in the built app's pages (public, dashboard, sign-in, 404, errors):
 *
 * - `(self.__next_f=self.__next_f||[]).push([0])`, the flight data's start, maybe followed by
 *   `;self.__next_f.push([2,…])` (a form's state);
 * - `self.__next_f.push([1,"…"])`, a piece of flight data, or `self.__next_f.push([3,"…"])` in base64;
 * - `(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({…});`, Turbopack's chunk bootstrap
 *   (React gives its script `id="_R_"`), one line per page.
 *
 * React's own streaming scripts (`$RC`…, for Suspense boundaries that resolve late) are not among them: no page
 * here streams that way. If one ever does, its scripts will be refused, and the e2e CSP checks will say so.
 */

const FLIGHT_START = "(self.__next_f=self.__next_f||[]).push([0])";
const FLIGHT_PUSH = "self.__next_f.push(";
const TURBOPACK_BOOTSTRAP = /^\(globalThis\[("[\w$]+")\] \|\| \(globalThis\[\1\] = \[\]\)\)\.push\((\{.*\})\);$/;

/** The JSON value of `text`, or undefined when `text` is not exactly one JSON value. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `self.__next_f.push([kind, …])`, `kind` one of `kinds`; data and base64 pieces are strings. */
function isFlightPush(script: string, kinds: readonly number[]): boolean {
  if (!script.startsWith(FLIGHT_PUSH) || !script.endsWith(")")) return false;
  const value = parseJson(script.slice(FLIGHT_PUSH.length, -1));
  if (!Array.isArray(value) || value.length !== 2 || !kinds.includes(value[0] as number)) return false;
  return value[0] === 2 || typeof value[1] === "string";
}

function isTurbopackBootstrap(line: string): boolean {
  const json = TURBOPACK_BOOTSTRAP.exec(line)?.[2];
  const value = json === undefined ? undefined : parseJson(json);
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether an inline script's content is one that Next.js writes (see above). */
export function isFrameworkScript(script: string): boolean {
  if (script === FLIGHT_START) return true;
  if (script.startsWith(`${FLIGHT_START};`)) return isFlightPush(script.slice(FLIGHT_START.length + 1), [2]);
  if (isFlightPush(script, [1, 3])) return true;
  return script !== "" && script.split("\n").every(isTurbopackBootstrap);
}

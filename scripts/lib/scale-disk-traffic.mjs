// Traffic for the disk checks: several clients, each asking for one thing after another for a while, counted by
// kind of request (public page, dashboard, sign-in…).
import { httpSession } from "./http-session.mjs";
import { PRODUCER_KEY } from "./scale-site.mjs";

/** The French sentence of a sign-in refused because the store cannot count it (messages/fr.json, signIn). */
export const STORE_UNAVAILABLE_FR = "le serveur ne peut pas enregistrer de session";

/**
 * Runs `workers` clients for `durationS` seconds, each calling `step(n)` (n counts the requests of all clients)
 * until the time is up; `step` resolves with `{kind, ok, status}`. Resolves with `{[kind]: {requests, failed,
 * statuses}}`; a request that throws (connection refused or reset) is a failed one of kind "network".
 */
export async function mixedTraffic({ durationS, workers }, step) {
  const counts = {};
  const deadline = Date.now() + durationS * 1000;
  let next = 0;
  const count = ({ kind, ok, status }) => {
    const tally = (counts[kind] ??= { requests: 0, failed: 0, statuses: {} });
    tally.requests++;
    if (!ok) tally.failed++;
    tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
  };
  const client = async () => {
    while (Date.now() < deadline) {
      count(await step(next++).catch((error) => ({ kind: "network", ok: false, status: error.code ?? error.name })));
    }
  };
  await Promise.all(Array.from({ length: workers }, client));
  return counts;
}

/** All requests and failed ones of a `mixedTraffic` count, and its details as `kind: statuses`. */
export function summary(counts) {
  const kinds = Object.entries(counts);
  const requests = kinds.reduce((sum, [, tally]) => sum + tally.requests, 0);
  const failed = kinds.reduce((sum, [, tally]) => sum + tally.failed, 0);
  const detail = kinds.map(([kind, tally]) => `${kind} ${JSON.stringify(tally.statuses)}`).join(", ");
  return { requests, failed, detail };
}

/** A distinct client address per attempt: the sign-in limit (5 a minute per address) does not refuse them. */
function clientAddress(n) {
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/**
 * Signs the producer in from a new client address. Resolves with its status, whether it was refused because the
 * store cannot write (a 503 page saying so when the attempt cannot be counted; next-auth's answer naming
 * `error=StoreUnavailable` when the vault cannot keep the key, which the sign-in page says in words), and the
 * session.
 */
export async function signInOnce(baseUrl, n) {
  const session = httpSession(baseUrl, { clientAddress: clientAddress(n) });
  const { csrfToken } = await (await session.fetch("/api/auth/csrf")).json();
  const response = await session.fetch("/api/auth/callback/api-key", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, apiKey: PRODUCER_KEY, callbackUrl: "/dashboard", json: "true" }),
  });
  const body = await response.text();
  const { status } = response;
  const refused = (status === 503 && body.includes(STORE_UNAVAILABLE_FR)) || body.includes("error=StoreUnavailable");
  return { status, refused, label: refused ? `${status} StoreUnavailable` : String(status), session };
}

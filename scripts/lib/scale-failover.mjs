// Failover: a load through nginx on public pages and a signed-in dashboard, during which instance A is killed
// (SIGKILL to its whole process group, as a crash would); nginx must answer everything through B, and nobody
// signed in may lose their session. Then, in full mode, A starts again and nginx sends it requests again.
import { setTimeout as sleep } from "node:timers/promises";

import autocannon from "autocannon";

import { httpSession } from "./http-session.mjs";
import { signalGroup } from "./proc.mjs";
import { getPage, MEMBER_KEY, sessionsWork, upstreamReuseField } from "./scale-site.mjs";

const CONNECTIONS = 8;
/** nginx leaves a failed instance alone for fail_timeout (10 s in deploy/nginx.conf) before trying it again. */
const BACK_IN_NGINX_WAIT_MS = 20_000;

/** The instance nginx finally got a request's answer from. */
const answeredBy = (line) => line.tried.at(-1);

/** Runs the load, killing A halfway; resolves with autocannon's result and the time of the kill. */
async function loadWithKill({ a, nginx }, { producer, reusePath, durationS }) {
  let killedAt;
  const kill = setTimeout(() => {
    killedAt = Date.now();
    signalGroup(a.child, "SIGKILL");
  }, durationS * 500);
  const result = await autocannon({
    url: nginx.url,
    connections: CONNECTIONS,
    duration: durationS,
    requests: [
      { path: "/" },
      { path: "/reuses" },
      { path: "/reuses?page=2" },
      { path: reusePath },
      { path: "/dashboard", headers: { cookie: producer.cookies() } },
    ],
  });
  clearTimeout(kill);
  return { result, killedAt: killedAt ?? Infinity };
}

/**
 * The load with A killed midway, then what it left: every answer a 2xx, the retries nginx made, the sessions of
 * `producer` (signed in through A) and of a user signed in through nginx; in full mode (`restart`), A again.
 */
export async function checkFailover(stack, results, { producer, reuseId, durationS, restart }) {
  const { a, b, nginx } = stack;
  const [atA, atB] = [a, b].map((app) => `127.0.0.1:${app.port}`);
  // Signed in at B, with an address of its own: through nginx, every request of this script comes from the
  // loopback, whose sign-in limit the earlier checks have used up. The session is then used through nginx.
  const member = httpSession(nginx.url, { clientAddress: "198.51.100.30" });
  await results.verify("failover: a second user signs in (at B), for use through nginx", async () => {
    const status = await member.signIn(MEMBER_KEY, b.url);
    return { ok: status === 200, detail: `HTTP ${status}` };
  });

  // The reuse's page at its current slug (renamed by an earlier check): its id would answer a 308.
  const reusePath = `/reuses/${await upstreamReuseField(stack.sandbox.url, reuseId, "slug")}`;
  const since = Date.now();
  const { result, killedAt } = await loadWithKill(stack, { producer, reusePath, durationS });
  const log = nginx.accessLog().filter((line) => line.at >= since);
  const before = log.filter((line) => line.at < killedAt);
  const after = log.filter((line) => line.at >= killedAt);
  const retried = after.filter((line) => line.tried.includes(atA) && answeredBy(line) === atB).length;
  const total = result["2xx"] + result.non2xx;
  results.figure("load: requests (A killed midway)", total);
  results.figure("load: requests per second", Math.round(result.requests.average));
  results.figure("load: latency p99 (ms)", result.latency.p99);
  results.figure("load: retried on B after A failed", retried);

  await results.verify(`failover: ${durationS} s of load through nginx, A killed midway: no error, all 2xx`, () => {
    const ok = result.errors === 0 && result.timeouts === 0 && result.non2xx === 0 && after.length > 0;
    const statuses = Object.entries(result.statusCodeStats).map(([code, { count }]) => `${count}×${code}`);
    const detail = `${total} requests (${statuses.join(", ")}), ${result.errors} errors, ${after.length} after the kill`;
    return { ok, detail };
  });
  await results.verify("failover: both instances answered before the kill, B took over A's requests", () => {
    const by = (lines, at) => lines.filter((line) => answeredBy(line) === at).length;
    const ok = by(before, atA) > 0 && by(before, atB) > 0 && retried > 0;
    return { ok, detail: `before: A ${by(before, atA)}, B ${by(before, atB)}; retried on B: ${retried}` };
  });
  await results.verify("failover: both signed-in users still work through nginx after the kill", async () => {
    const states = await sessionsWork([producer, member], nginx.url);
    return { ok: states.every(Boolean), detail: `signed in, dashboard and tRPC 200: ${states.join(", ")}` };
  });
  if (restart) await checkRestart(stack, results, producer);
}

/** A started again on its port: it serves the session made on it before, and nginx sends it requests again. */
async function checkRestart(stack, results, producer) {
  await results.verify("restart: A serves again, with the session made on it before the kill", async () => {
    const a = await stack.restart(stack.a);
    const page = await getPage(`${a.url}/dashboard`, producer);
    const lastLine = stack.nginx.accessLog().length;
    const backAfter = await backInNginx(stack.nginx, `127.0.0.1:${a.port}`, lastLine);
    if (backAfter !== undefined) results.figure("restart: A answering through nginx after (s)", backAfter / 1000);
    const back = backAfter === undefined ? `not within ${BACK_IN_NGINX_WAIT_MS / 1000} s` : "yes";
    return {
      ok: page.status === 200 && backAfter !== undefined,
      detail: `dashboard HTTP ${page.status}; via nginx: ${back}`,
    };
  });
}

/** Requests a public page through nginx until A answers one; resolves with how long that took (ms). */
async function backInNginx(nginx, atA, fromLine) {
  const started = Date.now();
  const answeredByA = () =>
    nginx
      .accessLog()
      .slice(fromLine)
      .some((line) => answeredBy(line) === atA);
  while (Date.now() - started < BACK_IN_NGINX_WAIT_MS) {
    await getPage(`${nginx.url}/robots.txt`);
    if (answeredByA()) return Date.now() - started;
    await sleep(200);
  }
  return undefined;
}

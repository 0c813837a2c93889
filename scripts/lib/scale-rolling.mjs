// Rolling restart: a load through nginx on public pages and the dashboards of several users signed in before,
// during which instance A receives SIGTERM (as systemd or a deploy script sends it), drains its requests in flight
// and exits, starts again, and is back in nginx's rotation; then B the same. No request may fail, and every
// session must still work afterwards.
import { setTimeout as sleep } from "node:timers/promises";

import autocannon from "autocannon";

import { httpSession } from "./http-session.mjs";
import { exitCode, signalGroup } from "./proc.mjs";
import { MEMBER_KEY, PRODUCER_KEY, sessionsWork } from "./scale-site.mjs";

const CONNECTIONS = 8;
/** The server's own drain limit is 10 s (server/http/main.ts): it must have exited a little after. */
const EXIT_WAIT_MS = 15_000;
/** nginx leaves a failed instance alone for fail_timeout (10 s in deploy/nginx.conf), maybe twice. */
const BACK_IN_NGINX_WAIT_MS = 30_000;
/** Load before the first SIGTERM and after the last instance is back. */
const STEADY_MS = 1_000;
const USERS = [
  { key: PRODUCER_KEY, clientAddress: "198.51.100.21" },
  { key: MEMBER_KEY, clientAddress: "198.51.100.22" },
  { key: "sandbox-key-admin", clientAddress: "198.51.100.23" },
];
/** The server's last line of a drain (server/http/main.ts). */
const DRAINED_LINE = /Drained in (\d+) ms: (\d+) request\(s\) in flight at the start, (\d+) cut off/;

/** The instance nginx finally got a request's answer from. */
const answeredBy = (line) => line.tried.at(-1);

/** Signs every user in through nginx; resolves with their sessions and sign-in statuses. */
async function signInUsers(nginx) {
  const sessions = USERS.map(({ clientAddress }) => httpSession(nginx.url, { clientAddress }));
  const statuses = [];
  for (const [index, session] of sessions.entries()) statuses.push(await session.signIn(USERS[index].key));
  return { sessions, statuses };
}

/** Resolves with the exit code of `child`, or undefined when it has not exited within `ms`. */
function exitWithin(child, ms) {
  return Promise.race([exitCode(child), sleep(ms).then(() => undefined)]);
}

/** Resolves with how long after `since` (ms) nginx first got an answer from `address`, or undefined. */
async function backInNginx(nginx, address, since) {
  while (Date.now() - since < BACK_IN_NGINX_WAIT_MS) {
    const line = nginx.accessLog().find((entry) => entry.at >= since && answeredBy(entry) === address);
    if (line) return line.at - since;
    await sleep(200);
  }
  return undefined;
}

/**
 * One instance's turn: SIGTERM, its exit (code, time, its own drain line), the same instance started again on its
 * port (replacing it in `stack`), and its first answer through nginx. Times in ms from the SIGTERM.
 */
async function roll(stack, key) {
  const app = stack[key];
  const signalledAt = Date.now();
  signalGroup(app.child, "SIGTERM");
  const code = await exitWithin(app.child, EXIT_WAIT_MS);
  const exitedMs = Date.now() - signalledAt;
  if (code === undefined) signalGroup(app.child, "SIGKILL");
  const drained = DRAINED_LINE.exec(app.output());
  stack[key] = await stack.restart(app);
  const readyMs = Date.now() - signalledAt;
  const backMs = await backInNginx(stack.nginx, `127.0.0.1:${app.port}`, signalledAt + readyMs);
  return {
    name: app.name,
    code,
    exitedMs,
    drain: drained && { ms: Number(drained[1]), inFlight: Number(drained[2]), cutOff: Number(drained[3]) },
    readyMs,
    backMs: backMs === undefined ? undefined : readyMs + backMs,
  };
}

/** The check of one instance's turn, and its figures. */
async function reportTurn(results, turn) {
  const seconds = (ms) => (ms === undefined ? "never" : ms / 1000);
  results.figure(`rolling: ${turn.name} drain, SIGTERM to exit (s)`, seconds(turn.exitedMs));
  results.figure(`rolling: ${turn.name} requests in flight at SIGTERM`, turn.drain?.inFlight ?? "?");
  results.figure(`rolling: ${turn.name} ready again after SIGTERM (s)`, seconds(turn.readyMs));
  results.figure(`rolling: ${turn.name} back in nginx after SIGTERM (s)`, seconds(turn.backMs));
  await results.verify(`rolling: ${turn.name} drains and exits 0 within 10 s of SIGTERM, nothing cut off`, () => {
    const ok = turn.code === 0 && turn.drain !== null && turn.drain.cutOff === 0 && turn.drain.ms <= 10_000;
    const drain = turn.drain ? `${turn.drain.inFlight} in flight, ${turn.drain.cutOff} cut off` : "no drain line";
    return { ok, detail: `exit code ${turn.code ?? "none"} after ${turn.exitedMs} ms; ${drain}` };
  });
  await results.verify(`rolling: ${turn.name} started again answers through nginx`, () => ({
    ok: turn.backMs !== undefined,
    detail: `ready after ${turn.readyMs} ms, through nginx after ${turn.backMs ?? "never"} ms`,
  }));
}

/**
 * Signs in several users through nginx, then runs the load while `instances` (keys of `stack`, e.g. ["a", "b"])
 * restart one after the other; checks each turn, the load (every answer a 2xx) and the sessions afterwards.
 */
export async function checkRollingRestart(stack, results, { instances, reusePath }) {
  const { nginx } = stack;
  const { sessions, statuses } = await signInUsers(nginx);
  const signedIn = await results.verify(`rolling: ${USERS.length} users sign in through nginx before`, () => ({
    ok: statuses.every((status) => status === 200),
    detail: `HTTP ${statuses.join(", ")}`,
  }));
  if (!signedIn) return;

  const since = Date.now();
  const load = autocannon({
    url: nginx.url,
    connections: CONNECTIONS,
    // Stopped once every instance is back: the duration is only a bound.
    duration: 300,
    requests: [
      { path: "/" },
      { path: "/reuses" },
      { path: reusePath },
      ...sessions.map((session) => ({ path: "/dashboard", headers: { cookie: session.cookies() } })),
    ],
  });
  const turns = [];
  try {
    await sleep(STEADY_MS);
    for (const key of instances) turns.push(await roll(stack, key));
    await sleep(STEADY_MS);
  } finally {
    load.stop();
  }
  const result = await load;
  const names = turns.map((turn) => turn.name).join(" then ");
  const total = result["2xx"] + result.non2xx;
  const failed = result.errors + result.timeouts + result.non2xx;
  const addresses = turns.map((turn) => `127.0.0.1:${stack[turn.name.toLowerCase()].port}`);
  const retried = nginx
    .accessLog()
    .filter((line) => line.at >= since && line.tried.length > 1 && addresses.includes(line.tried[0])).length;
  results.figure(`rolling: requests during the roll (${names})`, total);
  results.figure("rolling: failed requests", failed);
  results.figure("rolling: retried by nginx on the other instance", retried);
  results.figure("rolling: whole roll (s)", (Date.now() - since) / 1000);

  for (const turn of turns) await reportTurn(results, turn);
  await results.verify(`rolling: load through nginx while ${names} restart: 0 failed, all 2xx`, () => {
    const statusCounts = Object.entries(result.statusCodeStats).map(([code, { count }]) => `${count}×${code}`);
    return {
      ok: failed === 0 && total > 0,
      detail: `${total} requests (${statusCounts.join(", ")}), ${result.errors} errors, ${result.timeouts} timeouts`,
    };
  });
  await results.verify("rolling: every session made before still works through nginx", async () => {
    const states = await sessionsWork(sessions, nginx.url);
    return { ok: states.every(Boolean), detail: `signed in, dashboard and tRPC 200: ${states.join(", ")}` };
  });
}

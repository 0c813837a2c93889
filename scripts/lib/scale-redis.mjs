// Redis, the store every instance shares, fails: it stops (a crash) for a while under mixed load through nginx,
// then starts again on the same data (deploy/redis.conf: append-only file); later it restarts cleanly. Public
// pages must keep answering 200 (page cache, data cache in memory, upstream), signed-in pages and tRPC a 503 in
// words within 2 s, sign-in must refuse; afterwards everything works again without restarting an instance, and
// every session made before Redis stopped still works.
import { setTimeout as sleep } from "node:timers/promises";

import { httpSession } from "./http-session.mjs";
import { MEMBER_KEY, sessionsWork } from "./scale-site.mjs";

/** Concurrent clients of the load during the outage. */
const CONNECTIONS = 6;
/** A signed-in answer slower than this is a failure: it should say 503 at once, not hang. */
const SIGNED_IN_LIMIT_MS = 2_000;
/** A request that has not answered after this is a hang (counted as a failure). */
const HANG_MS = 10_000;
/** The AOF is written out every second (appendfsync everysec): sessions older than this survive a crash. */
const FSYNC_WAIT_MS = 1_500;
const RECOVERY_WAIT_MS = 20_000;
/** The catalog's sentence (messages/fr.json, errors.serviceUnavailable) that a 503 must say. */
const UNAVAILABLE_WORDS = "Le service est momentanément indisponible";

/** The mixed load's requests: anonymous public pages, a signed-in page, a signed-in tRPC query. */
function mixedRequests(reusePath, session) {
  const signedIn = { cookie: session.cookies() };
  return [
    { kind: "public", path: "/" },
    { kind: "public", path: "/reuses" },
    { kind: "public", path: reusePath },
    { kind: "signed-in", path: "/dashboard", headers: signedIn },
    { kind: "signed-in", path: "/api/trpc/account.reuses", headers: signedIn },
  ];
}

/** One request of the load: its kind, status (0: no answer), time and whether a 503 said it in words. */
async function timed(baseUrl, { kind, path, headers }) {
  const started = Date.now();
  try {
    const response = await fetch(new URL(path, baseUrl), {
      headers,
      redirect: "manual",
      signal: AbortSignal.timeout(HANG_MS),
    });
    const body = await response.text();
    const said = response.status !== 503 || body.includes(UNAVAILABLE_WORDS);
    return { kind, path, status: response.status, ms: Date.now() - started, said };
  } catch {
    return { kind, path, status: 0, ms: Date.now() - started, said: false };
  }
}

/** CONNECTIONS clients sending the requests round-robin until `until()` is true; resolves with every answer. */
async function runLoad(baseUrl, requests, until) {
  const answers = [];
  let next = 0;
  const client = async () => {
    while (!until()) answers.push(await timed(baseUrl, requests[next++ % requests.length]));
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, client));
  return answers;
}

const isFailure = (answer) =>
  answer.kind === "public"
    ? answer.status !== 200
    : !(answer.status === 200 || (answer.status === 503 && answer.said)) || answer.ms > SIGNED_IN_LIMIT_MS;

/**
 * Polls the signed-in page on each instance until both answer 200 (each reconnects to Redis on its own backoff);
 * resolves with how long that took (ms).
 */
async function recovery({ a, b }, session) {
  const started = Date.now();
  const back = new Set();
  while (Date.now() - started < RECOVERY_WAIT_MS) {
    for (const app of [a, b].filter((instance) => !back.has(instance))) {
      const response = await session.fetch(`${app.url}/dashboard`);
      await response.body?.cancel();
      if (response.status === 200) back.add(app);
    }
    if (back.size === 2) return Date.now() - started;
    await sleep(100);
  }
  return undefined;
}

const hasSessionCookie = (session) => /(^|; )(__Secure-)?next-auth\.session-token=[^;]/.test(session.cookies());

/**
 * Redis killed (SIGKILL, as a crash) for `outageS` seconds under the mixed load through nginx, a sign-in tried
 * meanwhile; then started again on its data directory: time until the signed-in page answers again, and the
 * sessions made before (`sessions`, plus one signed in just before the outage) still work.
 */
export async function checkRedisOutage(stack, results, { sessions, reusePath, outageS }) {
  const { nginx, redis } = stack;
  const label = `Redis down ${outageS} s`;
  const latest = httpSession(nginx.url, { clientAddress: "198.51.100.20" });
  await results.verify(`${label}: a user signs in through nginx just before`, async () => {
    const status = await latest.signIn(MEMBER_KEY);
    return { ok: status === 200 && hasSessionCookie(latest), detail: `HTTP ${status}` };
  });
  const everyone = [...sessions, latest];
  // Each public page once through each instance: in their page caches, as on a site that has been serving.
  for (const request of mixedRequests(reusePath, latest).filter(({ kind }) => kind === "public")) {
    for (let round = 0; round < 2; round++) await timed(nginx.url, request);
  }
  await sleep(FSYNC_WAIT_MS);

  await redis.stop("SIGKILL");
  const downAt = Date.now();
  const load = runLoad(nginx.url, mixedRequests(reusePath, latest), () => Date.now() - downAt >= outageS * 1000);
  const intruder = httpSession(nginx.url, { clientAddress: "198.51.100.21" });
  const signIn = await intruder.signIn(MEMBER_KEY);
  const answers = await load;
  await redis.start();
  const recoveredAfter = await recovery(stack, latest);

  const of = (kind) => answers.filter((answer) => answer.kind === kind);
  const unavailable = of("signed-in").filter((answer) => answer.status === 503);
  const failed = answers.filter(isFailure);
  const maxMs = (list) => Math.max(0, ...list.map((answer) => answer.ms));
  results.figure(`${label}: requests`, answers.length);
  results.figure(`${label}: failed requests`, failed.length);
  results.figure(
    `${label}: public pages (200 / all)`,
    `${of("public").filter((a) => a.status === 200).length} / ${of("public").length}`,
  );
  results.figure(`${label}: signed-in answers 503 / all`, `${unavailable.length} / ${of("signed-in").length}`);
  results.figure(`${label}: slowest 503 (ms)`, maxMs(unavailable));
  results.figure(`${label}: slowest public page (ms)`, maxMs(of("public")));
  if (recoveredAfter !== undefined)
    results.figure(`${label}: time to recover after restart (s)`, recoveredAfter / 1000);

  const statuses = (list) => {
    const counts = new Map();
    for (const answer of list) counts.set(answer.status, (counts.get(answer.status) ?? 0) + 1);
    return [...counts].map(([status, count]) => `${count}×${status}`).join(", ");
  };
  await results.verify(`${label}: public pages through nginx all answer 200`, () => {
    const failures = of("public").filter(isFailure);
    return { ok: failures.length === 0 && of("public").length > 0, detail: `${statuses(of("public"))}` };
  });
  await results.verify(
    `${label}: the signed-in page and tRPC answer 200 or a 503 in words, within ${SIGNED_IN_LIMIT_MS / 1000} s`,
    () => {
      const failures = of("signed-in").filter(isFailure);
      const detail = `${statuses(of("signed-in"))}; slowest 503 ${maxMs(unavailable)} ms; failed ${failures.length}`;
      return { ok: failures.length === 0 && unavailable.length > 0, detail };
    },
  );
  await results.verify(`${label}: a sign-in meanwhile is refused (503, no session cookie)`, () => ({
    ok: signIn === 503 && !hasSessionCookie(intruder),
    detail: `HTTP ${signIn}, session cookie: ${hasSessionCookie(intruder)}`,
  }));
  await results.verify(
    `${label}: back without restarting an instance (the signed-in page answers 200 on A and B)`,
    () => ({
      ok: recoveredAfter !== undefined,
      detail: recoveredAfter === undefined ? `not within ${RECOVERY_WAIT_MS / 1000} s` : `after ${recoveredAfter} ms`,
    }),
  );
  await results.verify(`${label}: every session made before still works (dashboard and tRPC)`, async () => {
    const states = await sessionsWork(everyone, nginx.url);
    return { ok: states.every(Boolean), detail: `${states.length} sessions: ${states.join(", ")}` };
  });
  await results.verify(`${label}: signing in works again`, async () => {
    const status = await httpSession(nginx.url, { clientAddress: "198.51.100.22" }).signIn(MEMBER_KEY);
    return { ok: status === 200, detail: `HTTP ${status}` };
  });
  return everyone;
}

/** Redis stopped cleanly (SIGTERM) and started again on the same data: every session made before still works. */
export async function checkRedisRestart(stack, results, sessions) {
  const { nginx, redis } = stack;
  await results.verify("Redis restart (stop, start, same data): every session made before still works", async () => {
    const started = Date.now();
    await redis.stop("SIGTERM");
    await redis.start();
    results.figure("Redis restart: Redis answering again after (s)", (Date.now() - started) / 1000);
    const recoveredAfter = await recovery(stack, sessions[0]);
    if (recoveredAfter !== undefined) results.figure("Redis restart: time to recover (s)", recoveredAfter / 1000);
    const states = await sessionsWork(sessions, nginx.url);
    const detail = `recovered after ${recoveredAfter ?? "never"} ms; ${states.length} sessions: ${states.join(", ")}`;
    return { ok: recoveredAfter !== undefined && states.every(Boolean), detail };
  });
}

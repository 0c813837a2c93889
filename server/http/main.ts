/**
 * The site's HTTP server (`npm start`, `npm run dev`): Next.js behind the front handler. Run with tsx.
 * Unlike `next start`, which prepares the app at the first request, it prepares it before listening, so a bad
 * environment stops the server at start-up, with one line naming the variable.
 */
import { createServer } from "node:http";
import path from "node:path";

import next from "next";

import { TagClock } from "../cache/tag-clock";
import { logError } from "../log";
import { releaseAbortReasonStacks } from "./abort-reason-stacks";
import { createFrontHandler } from "./front-handler";
import { gracefulServer } from "./graceful-shutdown";
import { exitUnlessDataDirUsable, loadEnvOrExit } from "./load-env";
import { PageCache } from "./page-cache";

// Before Next.js renders anything: else every rendered page stays in memory (see abort-reason-stacks.ts).
releaseAbortReasonStacks();
const env = await loadEnvOrExit();
await exitUnlessDataDirUsable(env);
const development = env.NODE_ENV !== "production";
const app = next({ dev: development, dir: path.resolve(import.meta.dirname, "../.."), port: env.PORT });
await app.prepare();

const handle = app.getRequestHandler();
// The page cache's own clock of cache tags, from the store every second (other instances' writes) and from the
// answers to this process's writes (see createFrontHandler). The data cache that pages are rendered from hears of
// other instances' writes up to a second late, and a writer stores its invalidation a moment after stamping it:
// pages rendered in those two seconds after another instance's write count as rendered before it.
// Imported once the environment is known to be valid: the store reads it as it loads (see loadEnvOrExit).
const { getStore } = await import("../store");
const clock = new TagClock(getStore(), { remoteLagMs: 2_000 });
const stopWatching = clock.watch(1_000);
const pages = new PageCache({ freshMs: 10_000, maxEntries: 2_000, maxBytes: 64 * 2 ** 20, tags: clock });
const front = createFrontHandler((req, res) => handle(req, res), pages, {
  csp: {
    development,
    imageSources: [new URL(env.DATAGOUV_URL).origin, "https:"],
    formTargets: env.DATAGOUV_OAUTH ? [new URL(env.DATAGOUV_URL).origin] : [],
  },
  clock,
  trustProxy: env.TRUST_PROXY,
});

const server = createServer((req, res) => {
  front(req, res).catch((error: unknown) => {
    logError("request failed:", error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Erreur interne du serveur.");
  });
});
// Idle keep-alive connections stay open longer than the clients' and proxies' own idle timeouts (nginx: 60 s):
// with Node's 5 s, a client that reuses a connection just as the server closes it gets ECONNRESET.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
const graceful = gracefulServer(server);
server.listen(env.PORT, () => console.log(`Reuse portal on http://localhost:${env.PORT} (${env.NODE_ENV})`));

// A rolling restart sends SIGTERM: new connections go to the other instances (nginx retries refused ones there),
// the requests in flight finish, for 10 s at most. A second signal ends the process at once.
const DRAIN_LIMIT_MS = 10_000;
const STORE_CLOSE_LIMIT_MS = 2_000;
let shuttingDown = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (shuttingDown) process.exit(1);
    shuttingDown = true;
    void shutDown(signal);
  });
}

async function shutDown(signal: NodeJS.Signals) {
  console.log(`${signal}: draining, ${graceful.inFlight} request(s) in flight (at most ${DRAIN_LIMIT_MS / 1000} s)`);
  const { inFlightAtStart, cutOff, ms } = await graceful.drain(DRAIN_LIMIT_MS);
  console.log(`Drained in ${ms} ms: ${inFlightAtStart} request(s) in flight at the start, ${cutOff} cut off`);
  stopWatching();
  // A store that cannot be reached (Redis down) does not hold the exit back.
  const closeLimit = new Promise((resolve) => setTimeout(resolve, STORE_CLOSE_LIMIT_MS));
  await Promise.race([getStore().close(), closeLimit]).catch((error: unknown) =>
    logError("closing the store failed:", error),
  );
  process.exit(0);
}

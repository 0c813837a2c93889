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
import { createFrontHandler } from "./front-handler";
import { exitUnlessDataDirUsable, loadEnvOrExit } from "./load-env";
import { PageCache } from "./page-cache";

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
clock.watch(1_000);
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
server.listen(env.PORT, () => console.log(`Reuse portal on http://localhost:${env.PORT} (${env.NODE_ENV})`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}

// The timed part of `npm run bench`: autocannon runs against the site and against the ceiling.
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";

import autocannon from "autocannon";

import { freePort, waitForUrl } from "./net.mjs";
import { spawnGroup, signalGroup } from "./proc.mjs";

const CEILING_SERVER = fileURLToPath(new URL("bench-ceiling.mjs", import.meta.url));

/**
 * `connections` clients asking `origin`, one request at a time each, for `seconds` or `amount` requests in all:
 * the same `path` every time, or the next URL of an iterator (uncached runs). Resolves with p50/p99 latency (ms),
 * requests per second, and what was not a 2xx answer.
 */
export async function loadRun(origin, { path, paths, connections, seconds, amount }) {
  const result = await autocannon({
    url: origin,
    connections,
    ...(amount ? { amount } : { duration: seconds }),
    // As browsers ask: the site and the ceiling both answer the gzipped bytes.
    headers: { "accept-encoding": "gzip" },
    requests: [
      {
        method: "GET",
        setupRequest: (request) => ({ ...request, path: paths ? paths.next().value : path }),
      },
    ],
  });
  return {
    connections,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    requests: result.requests.total,
    /** Answers other than 2xx, and requests without an answer within autocannon's 10 s (timeouts included). */
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * Starts the ceiling on a free port with `body` (the site's HTML), gzipped as the site's page cache keeps it;
 * resolves with its origin and `stop()`.
 */
export async function startCeiling(dir, name, body) {
  const file = path.join(dir, `${name}.html.gz`);
  writeFileSync(file, gzipSync(body));
  const port = await freePort();
  const child = spawnGroup(process.execPath, [CEILING_SERVER, file, String(port)], { stdio: "ignore" });
  const origin = `http://127.0.0.1:${port}`;
  await waitForUrl(origin, 10_000, { child });
  return { origin, stop: () => signalGroup(child, "SIGTERM") };
}

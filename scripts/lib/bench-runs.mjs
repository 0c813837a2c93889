// The timed runs of a full `npm run bench`: each public page kind cached and uncached at 1, 20 and 100
// connections, and the ceiling — the same HTML from a bare Node server — at the same connection counts.
import { loadRun, startCeiling } from "./bench-load.mjs";
import { row } from "./bench-table.mjs";
import { getPage } from "./upstream-measure.mjs";

const CONNECTIONS = [1, 20, 100];
const SECONDS = 6;
/** Uncached runs ask for this many URLs never asked before (the catalogue has a finite number of them). */
const UNCACHED_AMOUNT = { 1: 30, 20: 200, 100: 300 };

const ms = (value) => `${value} ms`;
const describe = (run) =>
  `p50 ${run.p50} ms · p99 ${run.p99} ms · ${run.rps} req/s` +
  (run.non2xx || run.errors ? ` · ${run.non2xx} non-2xx, ${run.errors} errors or timeouts` : "");

async function runs(origin, options) {
  const results = {};
  for (const connections of CONNECTIONS) results[connections] = await loadRun(origin, { ...options, connections });
  return results;
}

/** Rows of one page kind: its cached, uncached and ceiling runs, and the targets they meet or miss. */
async function measureKind({ appUrl, dir }, kind, path, uncachedPaths, latencyMs) {
  // Seen once, so that every measured view of `path` is a page-cache hit (autocannon asks without gzip).
  const { body } = await getPage(appUrl, path);
  const cached = await runs(appUrl, { path, seconds: SECONDS });
  const uncached = {};
  for (const connections of CONNECTIONS) {
    const amount = UNCACHED_AMOUNT[connections];
    uncached[connections] = await loadRun(appUrl, { paths: uncachedPaths, connections, amount });
  }
  const ceiling = await startCeiling(dir, kind, body);
  let bare;
  try {
    bare = await runs(ceiling.origin, { path: "/", seconds: SECONDS });
  } finally {
    ceiling.stop();
  }

  const section = `load: ${kind}, ${path}`;
  const rows = [];
  for (const connections of CONNECTIONS) {
    const share = Math.round((100 * cached[connections].rps) / Math.max(1, bare[connections].rps));
    rows.push(
      row(section, `cached, ${connections} conn.`, describe(cached[connections]), {
        note: `${share} % of the ceiling`,
      }),
      row(section, `uncached, ${connections} conn.`, describe(uncached[connections])),
      row(section, `ceiling, ${connections} conn.`, describe(bare[connections])),
    );
  }
  rows.push(
    row(section, "cached p50 at 20 connections", cached[20].p50, { max: 30, format: ms }),
    row(section, "cached req/s at 20 conn., share of the ceiling", (100 * cached[20].rps) / Math.max(1, bare[20].rps), {
      min: 10,
      unit: " %",
      format: (value) => value.toFixed(1),
    }),
    row(section, "uncached p50 at 1 connection", uncached[1].p50, { max: latencyMs + 60, format: ms }),
  );
  return rows;
}

export async function measureLoad(stack, urls, latencyMs) {
  const rows = [];
  for (const [kind, path] of Object.entries(urls.cached)) {
    console.log(`Load runs: ${kind} (${path})…`);
    rows.push(...(await measureKind(stack, kind, path, urls.uncached[kind], latencyMs)));
  }
  return rows;
}

// `npm run bench [-- --quick] [-- --no-build] [-- --report <file>]`: the site measured as its visitors get it.
// Builds the app, starts the sandbox with 100 ms of upstream latency and the production server, then measures
// upstream requests per view (public pages, and the producer area's: their depth in round trips), page weights,
// Lighthouse scores, latency and throughput cached and uncached at 1,
// 20 and 100 connections, and the same HTML served by a bare Node server (the ceiling), and the page cache's hit
// ratio while producers write once a second (the mixed run). Prints one table and writes bench/results.json.
// `--quick` (part of `npm test`) measures only what is deterministic — upstream requests, weights, the mixed run's
// hit ratio (its misses are counted, not timed) — and writes test-results/bench-quick.json; timings are never a
// gate there.
// Exit codes: 0 every target met, 1 a target missed, 2 the measurement itself failed.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { measureDashboard } from "./lib/bench-dashboard.mjs";
import { measureMixed } from "./lib/bench-mixed.mjs";
import { measureLoad } from "./lib/bench-runs.mjs";
import { measureBrowser, measureUpstream } from "./lib/bench-measures.mjs";
import { printTable } from "./lib/bench-table.mjs";
import { benchUrls } from "./lib/bench-urls.mjs";
import { parseArgs, writeReport } from "./lib/check-report.mjs";
import { isBuilt, ROOT, tool } from "./lib/paths.mjs";
import { run } from "./lib/proc.mjs";
import { startStack } from "./lib/test-stack.mjs";

const LATENCY_MS = 100;
const options = parseArgs(process.argv.slice(2), ["--quick", "--no-build"]);

// Exit codes are set, not forced with process.exit(), so that the table is written out in full through a pipe.
process.exitCode = await main();

async function main() {
  const started = Date.now();
  if (!options.noBuild && (!options.quick || !isBuilt())) {
    console.log("Building the app (next build)…");
    const code = await run(...tool("next", ["build"]));
    if (code !== 0) return code;
  }
  console.log(`Starting the sandbox (${LATENCY_MS} ms of upstream latency) and the production server…`);
  let rows;
  try {
    const stack = await startStack({ latencyMs: LATENCY_MS });
    try {
      const urls = await benchUrls(stack.sandboxUrl);
      rows = [...(await measureUpstream(stack, urls)), ...(await measureBrowser(stack, urls, options))];
      rows.push(...(await measureDashboard(stack, { quick: options.quick, latencyMs: LATENCY_MS })));
      // Last of the deterministic measures: its writes change reuses the others do not look at.
      rows.push(...(await measureMixed(stack, urls, { blocks: options.quick ? 3 : 10 })));
      if (!options.quick) rows.push(...(await measureLoad(stack, urls, LATENCY_MS)));
    } finally {
      await stack.stop();
    }
  } catch (error) {
    console.error(`✖ bench: ${error.stack ?? error.message}`);
    return 2;
  }
  printTable(rows);
  const missed = rows.filter((row) => row.ok === false);
  const seconds = Math.round((Date.now() - started) / 1000);
  save(rows, seconds);
  console.log(`\n${missed.length === 0 ? "✓ every target met" : `✖ ${missed.length} target(s) missed`} (${seconds} s)`);
  return missed.length === 0 ? 0 : 1;
}

/** bench/results.json (a full run) or test-results/bench-quick.json, with the machine and the date. */
function save(rows, seconds) {
  const file = options.quick
    ? path.join(ROOT, "test-results", "bench-quick.json")
    : path.join(ROOT, "bench", "results.json");
  const machine = {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  const results = {
    date: new Date().toISOString(),
    quick: options.quick,
    seconds,
    machine,
    latencyMs: LATENCY_MS,
    rows,
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Written: ${path.relative(ROOT, file)}`);
  if (options.report) {
    const checks = rows
      .filter((row) => row.ok !== undefined)
      .map((row) => ({ name: row.measure, ok: row.ok, detail: `${row.value} (target ${row.target})` }));
    writeReport(options.report, { checks });
  }
}

// `node scripts/budgets.mjs`: the performance budgets of the public pages, measured on the production server
// against a fresh sandbox (builds first when there is no build). Prints a table; exits 1 when a budget is
// exceeded, 2 when the measurement itself failed.
import {
  concurrentViews,
  firstLoadJs,
  getPage,
  gzipSize,
  upstreamRequestsOf,
  viewsOf,
} from "./lib/budgets-measure.mjs";
import { startStack } from "./lib/test-stack.mjs";
import { isBuilt, tool } from "./lib/paths.mjs";
import { run } from "./lib/proc.mjs";

const KB = 1_000;
const BUDGET = { uncachedRequests: 1, cachedRequests: 0, concurrentRequests: 1, js: 120 * KB, html: 60 * KB };
const CONCURRENT_VIEWS = 100;

// Exit codes are set, not forced with process.exit(), so that the table is written out in full through a pipe.
process.exitCode = await main();

async function main() {
  const started = Date.now();
  if (!isBuilt()) {
    console.log("No build in .next/: building the app (next build)");
    const code = await run(...tool("next", ["build"]));
    if (code !== 0) return code;
  }
  console.log("Starting the sandbox and the production server (fresh data directories)…");
  let rows;
  try {
    const stack = await startStack();
    try {
      rows = await measure(stack);
    } finally {
      await stack.stop();
    }
  } catch (error) {
    console.error(`✖ budgets: ${error.message}`);
    return 2;
  }
  printTable(rows);
  const exceeded = rows.filter((row) => !row.ok);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `\n${exceeded.length === 0 ? "✓ every budget met" : `✖ ${exceeded.length} budget(s) exceeded`} (${seconds} s)`,
  );
  return exceeded.length === 0 ? 0 : 1;
}

async function measure({ sandboxUrl, appUrl }) {
  const slug = await reuseSlug(sandboxUrl);
  // The type and topic labels are cached for a day: the first page after start-up may fetch them as well.
  const warm = await upstreamRequestsOf(sandboxUrl, () => getPage(appUrl, "/reuses?page=2"));
  console.log(`Warm-up: /reuses?page=2 made ${warm.requests.length} upstream request(s): ${paths(warm.requests)}`);

  const rows = [];
  const views = [
    ["listing", "/reuses?page=3"],
    ["filtered listing", "/reuses?type=visualization"],
    ["detail", `/reuses/${slug}`],
  ];
  for (const [name, path] of views) {
    const { status, uncached, pageCache, dataCache } = await viewsOf(sandboxUrl, appUrl, path);
    const note = `${status === 200 ? "" : `HTTP ${status}! `}${paths(uncached)}`;
    rows.push(
      requestsRow(`${name}, uncached: ${path}`, uncached.length, BUDGET.uncachedRequests, note),
      requestsRow(`${name}, again (page cache)`, pageCache, BUDGET.cachedRequests),
      requestsRow(`${name}, again, rendered (data cache)`, dataCache, BUDGET.cachedRequests),
    );
  }

  const concurrent = await concurrentViews(sandboxUrl, appUrl, "/reuses?page=5", CONCURRENT_VIEWS);
  rows.push(
    requestsRow(
      `${CONCURRENT_VIEWS} concurrent views: /reuses?page=5`,
      concurrent.requests.length,
      BUDGET.concurrentRequests,
      `HTTP ${[...concurrent.statuses].join(", ")}`,
    ),
  );

  for (const path of ["/reuses", `/reuses/${slug}`]) {
    const { status, body: html } = await getPage(appUrl, path, { expect: [200, 404] });
    const js = await firstLoadJs(appUrl, html.toString("utf8"));
    const note = `${status === 200 ? "" : `HTTP ${status}! `}${js.scripts.length} scripts, gzip -9`;
    const row = bytesRow(`first-load JS: ${path}`, js.gzipped, BUDGET.js, note);
    // What to look at when it is too heavy: the scripts, heaviest first.
    if (!row.ok)
      row.details = js.scripts
        .sort((a, b) => b.gzipped - a.gzipped)
        .map((s) => `${kb(s.gzipped).padStart(9)}  ${s.src}`);
    rows.push(row);
    if (path === "/reuses") rows.push(bytesRow("HTML: /reuses", gzipSize(html), BUDGET.html, "gzip -9"));
  }
  return rows;
}

/** A public reuse from the middle of the catalogue, asked of the sandbox directly (no page has shown it). */
async function reuseSlug(sandboxUrl) {
  const response = await fetch(`${sandboxUrl}/api/1/reuses/?page=50&page_size=1&sort=created`, {
    headers: { "X-Fields": "data{slug}" },
  });
  const slug = (await response.json()).data?.[0]?.slug;
  if (!slug) throw new Error("the sandbox listed no reuse");
  return slug;
}

function paths(requests) {
  return requests.map((request) => `${request.method} ${request.path}`).join(", ") || "none";
}

function requestsRow(measure, value, budget, note = "") {
  return {
    measure: `upstream requests, ${measure}`,
    value: String(value),
    budget: `≤ ${budget}`,
    ok: value <= budget,
    note,
  };
}

function kb(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}

function bytesRow(measure, bytes, budget, note) {
  return { measure, value: kb(bytes), budget: `≤ ${kb(budget)}`, ok: bytes <= budget, note };
}

function printTable(rows) {
  const header = { measure: "measure", value: "value", budget: "budget", result: "result", note: "note" };
  const lines = [header, ...rows.map((row) => ({ ...row, result: row.ok ? "ok" : "EXCEEDED" }))];
  const width = (key) => Math.max(...lines.map((line) => line[key].length));
  const format = (line) =>
    ["measure", "value", "budget", "result"].map((key) => line[key].padEnd(width(key))).join("  ") + `  ${line.note}`;
  console.log(`\n${format(header)}\n${"─".repeat(format(header).length + 20)}`);
  for (const line of lines.slice(1)) console.log(format(line));
  for (const row of rows.filter((row) => row.details)) console.log(`\n${row.measure}:\n  ${row.details.join("\n  ")}`);
}

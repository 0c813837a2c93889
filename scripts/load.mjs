// `npm run test:load [-- --quick] [-- --soak-only] [-- --soak-seconds <n>] [-- --report <file>]`: the production
// server under load. 100 connections for 60 s (`--quick`: 50 for 15 s) over a mix of public pages
// (scripts/lib/load-mix.mjs), against a fresh sandbox that answers every API request after 100 ms. Checks: no
// connection error or timeout, no non-2xx answer but the deliberate 404s, the server still alive, answering and
// logging no unexpected error; in the full run, its RSS grows by less than 20 % between second 10 and second 60.
// Before that, the full run asks for every page of the mix once, then loads the server 30 s more, so that this
// check sees leaks, not the caches and the heap growing to their steady state. Prints p50/p90/p99, statuses and
// memory. The full run then soaks the same server (scripts/lib/load-soak.mjs): 50 connections for 10 minutes
// mixing anonymous pages in French and English, signed-in producers' dashboard pages and their writes; 0 errors,
// RSS growth under 10 % after the first minute, page-cache hit ratio printed. `--soak-seconds <n>` makes it n
// seconds (default 600: try it short); `--soak-only` runs the soak alone. Exit 0 all passed, 1 a check failed, 2
// the measurement itself failed. Builds first when there is no build.
import { parseArgs, runChecks } from "./lib/check-report.mjs";
import { serverErrorLines } from "./lib/server-errors.mjs";
import { megabytes, sampleResidentMemory } from "./lib/load-memory.mjs";
import { buildMix } from "./lib/load-mix.mjs";
import { runLoad, unexpectedByStatus, warmUp } from "./lib/load-run.mjs";
import { ensureBuilt } from "./lib/proc.mjs";
import { soak } from "./lib/load-soak.mjs";
import { startStack } from "./lib/test-stack.mjs";

const FULL = { connections: 100, seconds: 60, warmUpSeconds: 30, gateMemory: true, soak: true };
const QUICK = { connections: 50, seconds: 15, warmUpSeconds: 0, gateMemory: false, soak: false };
const SOAK_SECONDS = 600;
const UPSTREAM_LATENCY_MS = 100;
const MEMORY_FROM_SECOND = 10;
const MAX_MEMORY_GROWTH = 0.2;
const TITLE = "load";

const options = parseArgs(process.argv.slice(2), ["--quick", "--soak-only"], ["--soak-seconds"]);
// Exit codes are set, not forced with process.exit(), so that the table is written out in full through a pipe.
process.exitCode = await main(options.quick ? QUICK : FULL);

async function main(plan) {
  if (!(await ensureBuilt())) return 2;
  console.log(`Starting the sandbox (${UPSTREAM_LATENCY_MS} ms per API request) and the production server…`);
  return runChecks(TITLE, options, async (report) => {
    const stack = await startStack({ latencyMs: UPSTREAM_LATENCY_MS });
    try {
      if (!options.soakOnly) await measure(stack, plan, report);
      if (plan.soak || options.soakOnly) await soak(stack, options.soakSeconds ?? SOAK_SECONDS, report);
    } finally {
      await stack.stop();
    }
  });
}

async function measure({ sandboxUrl, appUrl, app }, plan, { check, figure }) {
  const mix = await buildMix(sandboxUrl);
  const pid = app.child.pid;
  console.log(
    `${plan.connections} connections for ${plan.seconds} s over ${mix.distinctUrls} URLs ` +
      `(${mix.groups.map((group) => `${group.name} ${Math.round(group.share * 100)} %`).join(", ")})`,
  );
  if (plan.warmUpSeconds > 0) {
    const started = Date.now();
    const failures = await warmUp({ appUrl, mix, connections: plan.connections, seconds: plan.warmUpSeconds });
    const took = ((Date.now() - started) / 1000).toFixed(0);
    figure("warm-up", `${mix.warmUrls.length} URLs once each, then ${plan.warmUpSeconds} s of load: ${took} s`);
    check("warm-up: every page answered as expected", failures.length === 0, failures.slice(0, 5).join("; ") || "yes");
  }
  const memory = sampleResidentMemory(pid);
  const { result, tally } = await runLoad({ appUrl, mix, ...plan }).finally(memory.stop);

  const requests = result.requests.total;
  figure("requests", `${requests} in ${result.duration.toFixed(1)} s (${result.requests.average.toFixed(0)}/s)`);
  figure("latency p50 / p90 / p99", `${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99} ms`);
  figure("latency max", `${result.latency.max} ms`);
  const statuses = Object.entries(result.statusCodeStats).map(([status, { count }]) => `${status}: ${count}`);
  figure("answers by status", statuses.join(", "));
  figure("deliberate 404s", tally.expected404);

  const firstSecond = Math.min(MEMORY_FROM_SECOND, plan.seconds);
  const [before, after] = [memory.at(firstSecond), memory.at(plan.seconds)];
  const growth = before && after ? (after - before) / before : undefined;
  const growthText = growth === undefined ? "n/a" : `${(growth * 100).toFixed(1)} %`;
  figure(`RSS at ${firstSecond} s / ${plan.seconds} s`, `${megabytes(before)} / ${megabytes(after)} (${growthText})`);
  figure("RSS peak", megabytes(Math.max(...memory.samples.map((sample) => sample.bytes ?? 0))));

  check("answers came", requests > 0, `${requests} requests`);
  check("no connection error or timeout", result.errors === 0, `${result.errors} errors, ${result.timeouts} timeouts`);
  const unexpected = unexpectedByStatus(tally);
  const examples = [...tally.unexpected.keys()].slice(0, 5).join("; ");
  check(
    "no non-2xx answer but the deliberate 404s",
    Object.keys(unexpected).length === 0,
    Object.keys(unexpected).length === 0 ? "none" : `${JSON.stringify(unexpected)} e.g. ${examples}`,
  );
  check(
    "the missing reuses answered 404",
    tally.expected404 > 0 && tally.missingNot404 === 0,
    `${tally.expected404} × 404`,
  );
  check(
    "the server process is still alive",
    app.child.exitCode === null && app.child.signalCode === null,
    `pid ${pid}`,
  );
  const still = await fetch(`${appUrl}/reuses`, { signal: AbortSignal.timeout(10_000) }).catch((error) => error);
  check("the server still answers", still.status === 200, still.status ? `HTTP ${still.status}` : still.message);
  const errors = serverErrorLines(app.output());
  check("the server logged no unexpected error", errors.length === 0, errors.slice(0, 3).join(" | ") || "none");
  if (plan.gateMemory) {
    check(
      `RSS grows by less than ${MAX_MEMORY_GROWTH * 100} % from ${firstSecond} s to ${plan.seconds} s`,
      growth !== undefined && growth < MAX_MEMORY_GROWTH,
      growthText,
    );
  }
}

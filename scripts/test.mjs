// `npm test`: lint, typecheck, unit and integration tests, build, the e2e tests in Chromium, then the short
// versions of the measuring scripts (bench, load, faults, scale, fuzz), which check correctness, never timings.
// Stops at the first failing step, always prints a summary, and ends with exactly one line `N passed, N failed`
// (tests from the vitest and Playwright reports, checks from the scripts' reports; each other step counts as
// one check). Exits non-zero on any failure.
import { runE2E } from "./lib/e2e.mjs";
import { tool } from "./lib/paths.mjs";
import { run } from "./lib/proc.mjs";
import {
  E2E_JSON,
  VITEST_JSON,
  checkCounts,
  forget,
  playwrightCounts,
  reportFile,
  vitestCounts,
} from "./lib/results.mjs";

/** A measuring script's short version, counted from its `--report`. */
function quickScript(name, script, title) {
  const report = reportFile(name);
  return {
    name,
    title,
    report,
    count: () => checkCounts(report),
    run: () => run(process.execPath, [`scripts/${script}`, "--quick", "--report", report]),
  };
}

const STEPS = [
  {
    name: "lint",
    title: "eslint --max-warnings 0 . && prettier --check . && knip",
    run: async () =>
      (await run(...tool("eslint", ["--max-warnings", "0", "."]))) ||
      (await run(...tool("prettier", ["--check", "--log-level", "warn", "."]))) ||
      run(...tool("knip")),
  },
  {
    name: "typecheck",
    // typegen first: on a fresh clone, the route types and next-env.d.ts that tsc needs do not exist yet.
    title: "next typegen && tsc --noEmit",
    run: async () => (await run(...tool("next", ["typegen"]))) || run(...tool("tsc", ["--noEmit"])),
  },
  {
    name: "unit",
    title: "vitest run",
    report: VITEST_JSON,
    count: vitestCounts,
    run: () => run(...tool("vitest", ["run", "--reporter=default", "--reporter=json", `--outputFile=${VITEST_JSON}`])),
  },
  { name: "build", title: "next build", run: () => run(...tool("next", ["build"])) },
  { name: "e2e", title: "playwright test (Chromium)", report: E2E_JSON, count: playwrightCounts, run: () => runE2E() },
  quickScript("bench", "bench.mjs", "npm run bench -- --quick (upstream requests per view, page weights)"),
  quickScript("load", "load.mjs", "npm run test:load -- --quick (no error under load)"),
  quickScript("faults", "faults.mjs", "npm run test:faults -- --quick (each upstream fault survived)"),
  quickScript("scale", "scale.mjs", "npm run test:scale -- --quick (redis, two instances, nginx, disk)"),
  quickScript("fuzz", "fuzz.mjs", "npm run test:fuzz -- --quick (hostile input)"),
];

const results = [];
for (const [index, step] of STEPS.entries()) {
  console.log(`\n━━ [${index + 1}/${STEPS.length}] ${step.name}: ${step.title}`);
  const result = await runStep(step);
  results.push(result);
  const outcome = result.code === 0 ? "passed" : `FAILED (exit ${result.code})`;
  console.log(`━━ ${step.name} ${outcome} in ${seconds(result.ms)}`);
  if (result.code !== 0) break;
}
printSummary(results);

async function runStep(step) {
  const started = Date.now();
  if (step.report) forget(step.report);
  let code;
  try {
    code = await step.run();
  } catch (error) {
    console.error(`✖ ${error.message}`);
    code = 1;
  }
  const counts = step.count?.() ?? { passed: code === 0 ? 1 : 0, failed: 0 };
  // A failure the report does not show (crash, start-up error, no report at all) is still one failure.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return { step, code, ms: Date.now() - started, ...counts };
}

function printSummary(done) {
  console.log("\n━━ Summary");
  const width = Math.max(...STEPS.map((step) => step.name.length));
  for (const step of STEPS) {
    const result = done.find((r) => r.step === step);
    const name = step.name.padEnd(width);
    if (!result) {
      console.log(`  ·  ${name}  not run`);
      continue;
    }
    const mark = result.code === 0 ? "✔" : "✖";
    const counts = `${result.passed} passed, ${result.failed} failed`.padEnd(26);
    console.log(`  ${mark}  ${name}  ${counts}${seconds(result.ms).padStart(8)}`);
  }
  const passed = done.reduce((sum, r) => sum + r.passed, 0);
  const failed = done.reduce((sum, r) => sum + r.failed, 0);
  const complete = done.length === STEPS.length && done.every((r) => r.code === 0);
  process.exitCode = complete ? 0 : 1;
  console.log(`${passed} passed, ${failed} failed`);
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)}s`;
}

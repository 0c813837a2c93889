// What the measuring scripts (bench, load, faults, scale, fuzz) share: their command line, their list of checks
// and figures, its printed table, and the JSON report (`--report <file>`) that `npm test` counts checks from.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * `--report <file>`, the boolean `flags` given (e.g. ["--quick"]) and the whole-number `numbers` given with their
 * value (e.g. ["--soak-seconds"]: `--soak-seconds 60`; undefined when absent); anything else is refused.
 */
export function parseArgs(argv, flags = ["--quick"], numbers = []) {
  const options = { report: undefined };
  const name = (arg) => arg.slice(2).replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
  for (const flag of flags) options[name(flag)] = false;
  for (const option of numbers) options[name(option)] = undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (flags.includes(arg)) options[name(arg)] = true;
    else if (arg === "--report" && argv[index + 1]) options.report = argv[++index];
    else if (numbers.includes(arg) && /^\d+$/.test(argv[index + 1] ?? "")) options[name(arg)] = Number(argv[++index]);
    else {
      const expected = [...flags, ...numbers.map((option) => `${option} <n>`), "--report <file>"];
      throw new Error(`unknown argument ${arg} (expected ${expected.join(", ")})`);
    }
  }
  return options;
}

/** A list of named checks, each passed or failed with a detail, and named figures (measures, not gated). */
export function createChecks() {
  const checks = [];
  const figures = {};
  return {
    checks,
    figures,
    /** Records a check; returns `ok`, so that a caller may go on only when it passed. */
    check(name, ok, detail = "") {
      checks.push({ name, ok: Boolean(ok), detail });
      return Boolean(ok);
    },
    /**
     * Runs a check: `run` resolves with `{ok, detail}`. A check that throws has failed (a server that stops
     * answering is what some checks are about): its error is the detail.
     */
    async verify(name, run) {
      let outcome;
      try {
        outcome = await run();
      } catch (error) {
        outcome = { ok: false, detail: `threw: ${error.message}` };
      }
      console.log(`${outcome.ok ? "✓" : "✖"} ${name}`);
      return this.check(name, outcome.ok, outcome.detail ?? "");
    },
    figure(name, value) {
      figures[name] = value;
    },
    get failed() {
      return checks.filter((check) => !check.ok).length;
    },
  };
}

/** Prints the figures, then the checks (failed ones marked), then one summary line. */
export function printReport({ checks, figures, failed }, title) {
  const figureNames = Object.keys(figures);
  if (figureNames.length > 0) {
    const width = Math.max(...figureNames.map((name) => name.length));
    console.log(`\n${title}: figures\n${"─".repeat(width + 20)}`);
    for (const name of figureNames) console.log(`${name.padEnd(width)}  ${figures[name]}`);
  }
  const width = Math.max(...checks.map((check) => check.name.length), 5);
  console.log(`\n${title}: checks\n${"─".repeat(width + 30)}`);
  for (const check of checks) {
    console.log(`${check.ok ? "ok  " : "FAIL"}  ${check.name.padEnd(width)}  ${check.detail}`);
  }
  const passed = checks.length - failed;
  console.log(`\n${failed === 0 ? "✓" : "✖"} ${title}: ${passed} passed, ${failed} failed`);
}

/** Writes `{passed, failed, checks, figures}` to `file`, the format `npm test` reads. */
export function writeReport(file, { checks, figures = {} }) {
  const passed = checks.filter((check) => check.ok).length;
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ passed, failed: checks.length - passed, checks, figures }, null, 2)}\n`);
}

/** A report of a measurement that could not run: one failed check saying why. */
function writeBrokenReport(file, name, error) {
  writeReport(file, { checks: [{ name, ok: false, detail: error.message }] });
}

/**
 * Runs `measure(report)`, which starts what it needs and records checks and figures in `report`, then prints the
 * report and writes it (`options.report`). Resolves with the exit code: 0 every check passed, 1 a check failed,
 * 2 the measurement itself failed (something could not start).
 */
export async function runChecks(title, options, measure) {
  const report = createChecks();
  try {
    await measure(report);
  } catch (error) {
    console.error(`✖ ${title}: the measurement failed: ${error.message}`);
    if (options.report) writeBrokenReport(options.report, `${title} ran`, error);
    return 2;
  }
  printReport(report, title);
  if (options.report) writeReport(options.report, report);
  return report.failed === 0 ? 0 : 1;
}

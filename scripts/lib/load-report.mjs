// What `scripts/load.mjs` and `scripts/faults.mjs` share: their command line, the list of checks they make, the
// printed table of checks and figures, and the JSON report (`--report <file>`) that `npm test` counts.
import { writeFileSync } from "node:fs";

/** `--quick` (the short CI version) and `--report <file>`; anything else is refused. */
export function parseArgs(argv) {
  const options = { quick: false, report: undefined };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--quick") options.quick = true;
    else if (arg === "--report" && argv[index + 1]) options.report = argv[++index];
    else throw new Error(`unknown argument ${arg} (expected --quick, --report <file>)`);
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
export function writeReport(file, { checks, figures, failed }) {
  const report = { passed: checks.length - failed, failed, checks, figures };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

/**
 * Lines of a server's output telling of an unexpected failure (an uncaught error, a bug: its message or a stack
 * frame), not of an upstream outage the site handled (those lines name no stack).
 */
const ERROR_LINE = /request failed:|tRPC \S+ failed:|⨯|unhandled|uncaught|^\s*at \S+ \(|^\w*Error\b/i;

export function serverErrorLines(output) {
  return output.split("\n").filter((line) => ERROR_LINE.test(line));
}

/** A report of a measurement that could not run: one failed check saying why. */
export function writeBrokenReport(file, name, error) {
  writeReport(file, { checks: [{ name, ok: false, detail: error.message }], figures: {}, failed: 1 });
}

// What the measuring scripts (bench, load, faults, scale, fuzz) share: their command line and the JSON report
// (`--report <file>`) that `npm test` counts checks from.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** `--report <file>` and the boolean `flags` given (e.g. ["--quick"]); anything else is refused. */
export function parseArgs(argv, flags = ["--quick"]) {
  const options = { report: undefined };
  for (const flag of flags) options[flag.slice(2).replace(/-(\w)/g, (_, letter) => letter.toUpperCase())] = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (flags.includes(arg)) options[arg.slice(2).replace(/-(\w)/g, (_, letter) => letter.toUpperCase())] = true;
    else if (arg === "--report" && argv[index + 1]) options.report = argv[++index];
    else throw new Error(`unknown argument ${arg} (expected ${[...flags, "--report <file>"].join(", ")})`);
  }
  return options;
}

/** Writes `{passed, failed, checks, figures}` to `file`, the format `npm test` reads. */
export function writeReport(file, { checks, figures = {} }) {
  const passed = checks.filter((check) => check.ok).length;
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ passed, failed: checks.length - passed, checks, figures }, null, 2)}\n`);
}

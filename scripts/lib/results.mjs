// Test counts from the JSON reports of vitest, Playwright and the measuring scripts, for the summary of `npm test`.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";

import { ROOT } from "./paths.mjs";

export const VITEST_JSON = path.join(ROOT, "test-results", "vitest.json");
export const E2E_JSON = path.join(ROOT, "test-results", "e2e.json");

/** `{passed, failed}` from vitest's JSON reporter (Jest's format), or undefined when there is no report. */
export function vitestCounts(file = VITEST_JSON) {
  const report = readJson(file);
  if (!report) return undefined;
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
}

/** `{passed, failed}` from Playwright's JSON reporter (flaky counts as passed: it passed in the end). */
export function playwrightCounts(file = E2E_JSON) {
  const stats = readJson(file)?.stats;
  if (!stats) return undefined;
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
}

/** Where `npm test` asks a measuring script (`--report`) to write its checks. */
export function reportFile(name) {
  return path.join(ROOT, "test-results", `${name}.json`);
}

/** `{passed, failed}` from a measuring script's report (scripts/lib/check-report.mjs). */
export function checkCounts(file) {
  const report = readJson(file);
  if (!report) return undefined;
  return { passed: report.passed ?? 0, failed: report.failed ?? 0 };
}

/** Removes a previous run's report, so that a step that crashes early is not credited with old results. */
export function forget(file) {
  rmSync(file, { force: true });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

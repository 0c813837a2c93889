// What `node scripts/fuzz.mjs` prints (tables of figures and checks, the failing requests) and the checks its
// `--report <file>` holds.
import { CHECKS } from "./fuzz-checks.mjs";

/** Notes shown of the inputs data.gouv.fr refused after the app let them through. */
const SHOWN_NOTES = 12;

function table(header, rows) {
  const width = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => cells.map((cell, column) => String(cell).padEnd(width[column])).join("  ");
  return [line(header), "─".repeat(line(header).length), ...rows.map(line)].join("\n");
}

/** `{name, ok, detail}` of each check. */
export function checkResults({ checks }) {
  return CHECKS.map(({ id, title }) => {
    const { examined, failed, kinds } = checks[id];
    const first = kinds.size > 0 ? `; ${[...kinds.keys()].slice(0, 3).join("; ")}` : "";
    return { name: title, ok: failed === 0 && examined > 0, detail: `${examined} examined, ${failed} failed${first}` };
  });
}

export function totals({ surfaces }) {
  const all = [...surfaces.values()];
  const sum = (key) => all.reduce((total, figures) => total + figures[key], 0);
  return { inputs: sum("inputs"), refused: sum("refused"), upstream: sum("upstream") };
}

export function printResults(results, figures) {
  const { surfaces, checks, upstreamRefused, endedBy } = results;
  const total = totals(results);
  const surfaceRows = [...surfaces.values()].map((f) => [f.surface, f.identity, f.inputs, f.refused, f.upstream]);
  surfaceRows.push(["all", "", total.inputs, total.refused, total.upstream]);
  console.log(`\n${table(["surface", "identity", "inputs", "refused (4xx)", "upstream calls"], surfaceRows)}`);

  const checkRows = CHECKS.map(({ id, title }) => {
    const { examined, failed } = checks[id];
    return [title, examined, failed, failed === 0 && examined > 0 ? "ok" : "FAILED"];
  });
  console.log(`\n${table(["check", "examined", "failed", "result"], checkRows)}`);

  for (const { id, title } of CHECKS) {
    const { failed, kinds } = checks[id];
    if (failed === 0) continue;
    console.log(`\n✖ ${title}: ${failed} failure(s), by kind (count, first request):`);
    for (const [problem, { count, first }] of kinds) console.log(`  - ${count}× ${problem}\n      ${first}`);
  }
  if (upstreamRefused.size > 0) {
    console.log("\nNote: inputs the app let through and data.gouv.fr refused (HTTP 400), by field:");
    for (const [what, count] of [...upstreamRefused].slice(0, SHOWN_NOTES)) console.log(`  ${count}×  ${what}`);
  }
  const restored = figures.identities.map(({ name, restored, replaced }) => `${name} ${restored} (${replaced} new)`);
  console.log(`\nSessions signed in again: ${restored.join(", ")}`);
  for (const [cause, count] of endedBy) console.log(`  ${count}×  after ${cause}`);
}

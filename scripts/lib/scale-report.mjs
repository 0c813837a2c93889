// The checks and figures of `npm run test:scale`: recorded as they run, then printed as a table (and written as
// JSON by scripts/lib/check-report.mjs).

/** A list of checks and a set of figures. */
export function createResults() {
  const checks = [];
  const figures = {};
  return {
    checks,
    figures,
    /**
     * Runs one check: `verify` resolves with `{ok, detail}`. A check that throws has failed (an instance that
     * stops answering is what these checks are about): its error is the detail.
     */
    async check(name, verify) {
      let outcome;
      try {
        outcome = await verify();
      } catch (error) {
        outcome = { ok: false, detail: `threw: ${error.message}` };
      }
      checks.push({ name, ok: Boolean(outcome.ok), detail: outcome.detail ?? "" });
      console.log(`${outcome.ok ? "✓" : "✖"} ${name}`);
    },
    figure(name, value) {
      figures[name] = value;
    },
  };
}

export function printResults({ checks, figures }) {
  const width = Math.max(...checks.map((check) => check.name.length));
  console.log(`\n${"check".padEnd(width)}  result  detail\n${"─".repeat(width + 40)}`);
  for (const { name, ok, detail } of checks)
    console.log(`${name.padEnd(width)}  ${ok ? "ok    " : "FAILED"}  ${detail}`);
  const figureWidth = Math.max(0, ...Object.keys(figures).map((name) => name.length));
  console.log(`\n${"figure".padEnd(figureWidth)}  value\n${"─".repeat(figureWidth + 20)}`);
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(figureWidth)}  ${value}`);
}

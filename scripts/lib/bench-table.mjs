// The rows of `npm run bench` and its printed table. A row is a figure with, when it has one, its target: `ok` is
// true or false for a target met or missed, undefined for a figure without target.

const KB = 1_000;

export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** A figure and its target, met when `value ≤ max` (or `value ≥ min`). */
export function row(section, measure, value, { max, min, unit = "", format = String, note = "" } = {}) {
  const show = (number) => `${format(number)}${unit}`;
  const target = max !== undefined ? `≤ ${show(max)}` : min !== undefined ? `≥ ${show(min)}` : "";
  const ok = max !== undefined ? value <= max : min !== undefined ? value >= min : undefined;
  return { section, measure, value: show(value), target, ok, note };
}

export function printTable(rows) {
  const header = { measure: "measure", value: "value", target: "target", result: "result" };
  const lines = rows.map((r) => ({ ...r, result: r.ok === undefined ? "" : r.ok ? "ok" : "MISSED" }));
  const width = (key) => Math.max(header[key].length, ...lines.map((line) => line[key].length));
  const format = (line) =>
    ["measure", "value", "target", "result"].map((key) => line[key].padEnd(width(key))).join("  ") +
    (line.note ? `  ${line.note}` : "");
  let section;
  console.log(`\n${format(header)}`);
  for (const line of lines) {
    if (line.section !== section) {
      section = line.section;
      console.log(`── ${section} ${"─".repeat(Math.max(0, format(header).length - section.length))}`);
    }
    console.log(format(line));
  }
}

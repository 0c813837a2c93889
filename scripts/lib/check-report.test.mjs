import { describe, expect, it } from "vitest";

import { parseArgs } from "./check-report.mjs";

describe("parseArgs", () => {
  it("reads the flags and the report file, as before", () => {
    expect(parseArgs(["--quick", "--report", "out.json"])).toEqual({ report: "out.json", quick: true });
    expect(parseArgs([], ["--quick", "--only-disk"])).toEqual({ report: undefined, quick: false, onlyDisk: false });
  });

  it("reads a number option with its value, undefined when absent", () => {
    const numbers = ["--soak-seconds"];
    expect(parseArgs(["--soak-seconds", "60"], ["--quick"], numbers)).toEqual({
      report: undefined,
      quick: false,
      soakSeconds: 60,
    });
    expect(parseArgs([], ["--quick"], numbers).soakSeconds).toBeUndefined();
  });

  it.each([[["--soak-seconds"]], [["--soak-seconds", "ten"]], [["--soak-seconds", "-5"]], [["--soak-seconds=60"]]])(
    "refuses a number option without a whole number: %j",
    (argv) => {
      expect(() => parseArgs(argv, ["--quick"], ["--soak-seconds"])).toThrow(/--soak-seconds <n>/);
    },
  );

  it("refuses an option it was not given", () => {
    expect(() => parseArgs(["--soak-seconds", "60"])).toThrow("unknown argument --soak-seconds");
  });
});

import { describe, expect, it } from "vitest";
import { parseCsv, readCsvRecords } from "./csv";

describe("parseCsv", () => {
  it("reads quoted and bare fields separated by semicolons", () => {
    expect(parseCsv('"a";"b c";1;False\n')).toEqual([["a", "b c", "1", "False"]]);
  });

  it("keeps separators, line breaks and doubled quotes inside quoted fields", () => {
    expect(parseCsv('"x;y";"line 1\nline 2";"say ""hi"""\r\n"next";"";""')).toEqual([
      ["x;y", "line 1\nline 2", 'say "hi"'],
      ["next", "", ""],
    ]);
  });

  it("reads a last line without a line break", () => {
    expect(parseCsv('"a";"b"')).toEqual([["a", "b"]]);
  });
});

describe("readCsvRecords", () => {
  it("keys each row by the header and skips blank lines", () => {
    expect(readCsvRecords('"id";"title"\n"1";"Un"\n\n"2";"Deux"\n')).toEqual([
      { id: "1", title: "Un" },
      { id: "2", title: "Deux" },
    ]);
  });
});

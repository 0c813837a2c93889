import { describe, expect, it } from "vitest";

import { pageWindow } from "./pagination";

describe("pageWindow", () => {
  it("lists every page when there are few", () => {
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
  });

  it("keeps the ends and two neighbours, with gaps between", () => {
    expect(pageWindow(10, 177)).toEqual([1, "gap", 8, 9, 10, 11, 12, "gap", 177]);
  });

  it("does not put a gap next to the first page", () => {
    expect(pageWindow(3, 10)).toEqual([1, 2, 3, 4, 5, "gap", 10]);
  });
});

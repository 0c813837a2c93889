import { describe, expect, it } from "vitest";

import { pageWindow, paginationItems } from "./pagination";

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

describe("paginationItems", () => {
  const shown = (current: number, last: number, width: "wide" | "narrow") =>
    paginationItems(current, last)
      .filter((item) => item[width])
      .map((item) => item.page);

  it("shows two neighbours on wide screens and the current page alone on narrow ones", () => {
    expect(shown(10, 177, "wide")).toEqual(pageWindow(10, 177));
    expect(shown(10, 177, "narrow")).toEqual([1, "gap", 10, "gap", 177]);
  });

  it("puts a gap where each width skips pages, and only there", () => {
    expect(shown(3, 10, "wide")).toEqual([1, 2, 3, 4, 5, "gap", 10]);
    expect(shown(3, 10, "narrow")).toEqual([1, "gap", 3, "gap", 10]);
    expect(shown(2, 3, "narrow")).toEqual([1, 2, 3]);
  });

  it("lists each page once", () => {
    const pages = paginationItems(10, 177).flatMap((item) => (item.page === "gap" ? [] : [item.page]));
    expect(pages).toEqual([1, 8, 9, 10, 11, 12, 177]);
  });
});

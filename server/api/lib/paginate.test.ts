import { describe, expect, it } from "vitest";

import { listInputSchema, matchesQuery, paginate } from "./paginate";

describe("paginate", () => {
  const items = Array.from({ length: 23 }, (_, index) => index + 1);

  it("cuts a whole list into pages of 10", () => {
    expect(paginate(items, 1)).toEqual({ items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], total: 23, page: 1, pageCount: 3 });
    expect(paginate(items, 3)).toEqual({ items: [21, 22, 23], total: 23, page: 3, pageCount: 3 });
  });

  it("gives an empty page past the last one, with the real count", () => {
    expect(paginate(items, 4)).toEqual({ items: [], total: 23, page: 4, pageCount: 3 });
  });

  it("has one page when the list is empty", () => {
    expect(paginate([], 1)).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
  });
});

describe("listInputSchema", () => {
  it("treats an empty or blank search as no search and starts at page 1", () => {
    expect(listInputSchema.parse({ q: "  " })).toEqual({ q: undefined, page: 1 });
    expect(listInputSchema.parse({ q: " dpe ", page: 2 })).toEqual({ q: "dpe", page: 2 });
  });

  it("refuses pages that are not positive integers and searches over 200 characters", () => {
    for (const bad of [{ page: 0 }, { page: 1.5 }, { page: 10_001 }, { q: "x".repeat(201) }]) {
      expect(listInputSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("matchesQuery", () => {
  it("finds every word, whatever the case and the accents", () => {
    expect(matchesQuery("Qualité de l'air à Lyon", "qualite LYON")).toBe(true);
    expect(matchesQuery("Qualité de l'air à Lyon", "qualité paris")).toBe(false);
    expect(matchesQuery("anything", undefined)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";

import { listHref, listParams } from "./list-params";

describe("listParams", () => {
  it("reads the search and the page", () => {
    expect(listParams({ q: "dpe", page: "3" })).toEqual({ q: "dpe", page: 3 });
    expect(listParams({ q: ["a", "b"], page: ["2", "5"] })).toEqual({ q: "a", page: 2 });
  });

  it("falls back to page 1 and no search on anything else", () => {
    for (const page of [undefined, "", "0", "-2", "1.5", "abc", "1e3x", "0x10", "1e1", "+5", " 4 "]) {
      expect(listParams({ page }).page, String(page)).toBe(1);
    }
    expect(listParams({ q: "   " }).q).toBeUndefined();
    expect(listParams({ page: "99999999" }).page).toBe(10_000);
    expect(listParams({ q: "x".repeat(500) }).q).toHaveLength(200);
  });
});

describe("listHref", () => {
  it("keeps the search and leaves page 1 implicit", () => {
    expect(listHref("/dashboard/discussions", undefined)).toBe("/dashboard/discussions");
    expect(listHref("/dashboard/discussions", "mise à jour", 2)).toBe(
      "/dashboard/discussions?q=mise+%C3%A0+jour&page=2",
    );
    expect(listHref("/dashboard/discussions", "dpe", 1)).toBe("/dashboard/discussions?q=dpe");
  });

  it("keeps the list's filters too, first", () => {
    expect(listHref("/dashboard/discussions", "dpe", 2, { sur: "reutilisations" })).toBe(
      "/dashboard/discussions?sur=reutilisations&q=dpe&page=2",
    );
  });
});

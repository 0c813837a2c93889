import { describe, expect, it } from "vitest";

import { adminSearchFromParams, adminSearchHref, looksLikeAddress, privateFilterOf, reuseStatus } from "./admin-search";

const ID = "5c812a16634f416583ed1876";

describe("reuseStatus", () => {
  const reuse = { deleted: null, private: false, archived: null };
  it("says deleted first, then private, then archived, else public", () => {
    expect(reuseStatus({ ...reuse, deleted: "2024-01-01", private: true })).toBe("deleted");
    expect(reuseStatus({ ...reuse, private: true, archived: "2024-01-01" })).toBe("private");
    expect(reuseStatus({ ...reuse, archived: "2024-01-01" })).toBe("archived");
    expect(reuseStatus(reuse)).toBe("public");
  });
});

describe("privateFilterOf", () => {
  it("asks udata's private filter where it narrows the status, none for deleted (udata has no such filter)", () => {
    expect(privateFilterOf("private")).toBe(true);
    expect(privateFilterOf("public")).toBe(false);
    expect(privateFilterOf("archived")).toBe(false);
    expect(privateFilterOf("deleted")).toBeUndefined();
    expect(privateFilterOf(undefined)).toBeUndefined();
  });
});

describe("adminSearchFromParams", () => {
  it("reads the search from the URL", () => {
    expect(adminSearchFromParams({ q: " vélo ", owner: ID, status: "private", page: "3" })).toEqual({
      q: "vélo",
      owner: ID,
      organization: undefined,
      status: "private",
      page: 3,
    });
  });

  it("leaves out what is not valid, never failing", () => {
    expect(
      adminSearchFromParams({ q: "", owner: "nope", organization: [ID, "x"], status: "gone", page: "0x10" }),
    ).toEqual({ q: undefined, owner: undefined, organization: ID, status: undefined, page: 1 });
  });
});

describe("adminSearchHref", () => {
  it("carries the search, page 1 without its number", () => {
    expect(adminSearchHref("/x", { q: "vélo", status: "deleted", page: 1 })).toBe("/x?q=v%C3%A9lo&status=deleted");
    expect(adminSearchHref("/x", { organization: ID, page: 2 })).toBe(`/x?organization=${ID}&page=2`);
    expect(adminSearchHref("/x", {})).toBe("/x");
  });
});

describe("looksLikeAddress", () => {
  it("takes a link, a path or an id for an address, and words with a slash for a title", () => {
    expect(looksLikeAddress("https://www.data.gouv.fr/reuses/mybus/")).toBe(true);
    expect(looksLikeAddress("/reuses/mybus")).toBe(true);
    expect(looksLikeAddress("data.gouv.fr/reuses/mybus")).toBe(true);
    expect(looksLikeAddress(ID)).toBe(true);
    expect(looksLikeAddress("Vélo/train en Bretagne")).toBe(false);
    expect(looksLikeAddress("mybus")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";

import { parseListingState, type ListingState } from "~/lib/reuses/listing-state";
import { translatorFor } from "~/lib/i18n/translator";
import { filterChips, listingHref, listingIndexing, listingQuery, normalizedListingHref } from "./listing-url";

const ADEME = "534fff4ca3a7292c64a77c95";
const plain: ListingState = { tags: [], page: 1 };
const full: ListingState = {
  q: "vélo",
  type: "application",
  topic: "transport_and_mobility",
  tags: ["velo", "mobilite"],
  organization: ADEME,
  producerType: "local-authority",
  lastUpdateRange: "last_12_months",
  sort: "-views",
  page: 2,
};
const t = translatorFor("listing");

const labels = {
  types: new Map([["application", "Application"]]),
  topics: new Map([["transport_and_mobility", "Transports et mobilité"]]),
  organizationName: "ADEME",
};

describe("listingQuery", () => {
  it("writes every parameter, tags repeated", () => {
    expect(listingQuery(full)).toBe(
      `?q=v%C3%A9lo&type=application&topic=transport_and_mobility&tag=velo&tag=mobilite&organization=${ADEME}` +
        "&producer_type=local-authority&last_update_range=last_12_months&sort=-views&page=2",
    );
  });

  it("leaves the defaults out", () => {
    expect(listingQuery(plain)).toBe("");
    expect(listingQuery({ ...plain, sort: "-created" })).toBe("");
    expect(listingQuery({ ...plain, q: "eau", sort: "-created" })).toBe("?q=eau&sort=-created");
  });

  it("reads back as the same state", () => {
    const params = Object.fromEntries(
      [...new URLSearchParams(listingQuery(full)).keys()].map((name) => {
        const all = new URLSearchParams(listingQuery(full)).getAll(name);
        return [name, all.length > 1 ? all : all[0]];
      }),
    );
    expect(parseListingState(params).state).toEqual(full);
  });
});

describe("listingHref", () => {
  it("goes back to page 1 when a filter changes", () => {
    expect(listingHref(full, { type: undefined })).not.toContain("page=");
    expect(listingHref({ ...plain, page: 4 }, { topic: "health" })).toBe("/reuses?topic=health");
  });

  it("keeps the filters when the page changes", () => {
    expect(listingHref({ ...plain, topic: "health" }, { page: 3 })).toBe("/reuses?topic=health&page=3");
    expect(listingHref({ ...plain, page: 3 }, { page: 1 })).toBe("/reuses");
  });
});

describe("filterChips", () => {
  it("gives one chip per filter, labelled, each removing itself alone", () => {
    const chips = filterChips(full, labels, t);
    expect(chips.map((chip) => `${chip.name} : ${chip.value}`)).toEqual([
      "Recherche : « vélo »",
      "Type : Application",
      "Thème : Transports et mobilité",
      "Mot-clé : velo",
      "Mot-clé : mobilite",
      "Organisation : ADEME",
      "Type d’organisation : Collectivité territoriale",
      "Mise à jour : les 12 derniers mois",
    ]);
    const withoutVelo = new URLSearchParams(chips[3]?.removeHref.split("?")[1]);
    expect(withoutVelo.getAll("tag")).toEqual(["mobilite"]);
    expect(withoutVelo.get("type")).toBe("application");
    expect(withoutVelo.get("organization")).toBe(ADEME);
    expect(withoutVelo.get("sort")).toBe("-views");
    expect(withoutVelo.has("page")).toBe(false);
    const withoutType = new URLSearchParams(chips[1]?.removeHref.split("?")[1]);
    expect(withoutType.has("type")).toBe(false);
    expect(withoutType.get("q")).toBe("vélo");
  });

  it("falls back to the raw id for an unknown label, and says when an organization's name is unknown", () => {
    const chips = filterChips(
      { ...plain, type: "hardware", organization: ADEME },
      { types: new Map(), topics: new Map() },
      t,
    );
    expect(chips.map((chip) => chip.value)).toEqual(["hardware", "organisation inconnue"]);
  });

  it("gives none for the plain list; sort and page are not filters", () => {
    expect(filterChips({ ...plain, sort: "-views", page: 3 }, labels, t)).toEqual([]);
  });
});

describe("listingIndexing", () => {
  it("indexes only the plain first page", () => {
    expect(listingIndexing(plain)).toEqual({ canonical: "/reuses", index: true });
  });

  it.each<[string, Partial<ListingState>]>([
    ["a search", { q: "eau" }],
    ["a type", { type: "api" }],
    ["a topic", { topic: "health" }],
    ["a tag", { tags: ["eau"] }],
    ["an organization", { organization: ADEME }],
    ["a producer type", { producerType: "user" }],
    ["a date of update", { lastUpdateRange: "last_30_days" }],
    ["a sort", { sort: "-views" }],
    ["a filter on a later page", { topic: "health", page: 3 }],
  ])("keeps %s out of the index, canonical to the plain list", (_what, change) => {
    expect(listingIndexing({ ...plain, ...change })).toEqual({ canonical: "/reuses", index: false });
  });

  it("keeps later pages of the plain list out of the index, each its own canonical", () => {
    expect(listingIndexing({ ...plain, page: 3 })).toEqual({ canonical: "/reuses?page=3", index: false });
  });
});

describe("normalizedListingHref", () => {
  const redirectFor = (params: Record<string, string | string[]>) =>
    normalizedListingHref(parseListingState(params).state, params);

  it("leaves a normal URL alone, whatever its parameters' order", () => {
    expect(redirectFor({})).toBeNull();
    expect(redirectFor({ type: "api", q: "eau", tag: ["b", "a"] })).toBeNull();
  });

  it("cleans what a form sent without JavaScript", () => {
    expect(redirectFor({ q: "eau", type: "", topic: "", tag: "", sort: "" })).toBe("/reuses?q=eau");
    expect(redirectFor({ q: "", type: "", topic: "", tag: "", sort: "" })).toBe("/reuses");
  });

  it("drops ignored values and written-out defaults, keeping other parameters", () => {
    expect(redirectFor({ type: "nope", topic: "health" })).toBe("/reuses?topic=health");
    expect(redirectFor({ page: "1", sort: "-created" })).toBe("/reuses");
    expect(redirectFor({ tag: "Vélo", utm_source: "lettre" })).toBe("/reuses?tag=velo&utm_source=lettre");
  });

  it("sends links sorted by title or last modification, which udata's search cannot do, to the default order", () => {
    expect(redirectFor({ sort: "title" })).toBe("/reuses");
    expect(redirectFor({ q: "eau", sort: "-last_modified", topic: "health" })).toBe("/reuses?q=eau&topic=health");
  });

  it("reaches a URL that needs no other redirect", () => {
    const params = { q: " eau ", tag: ["Vélo", "velo", ""], page: "01", organization: ADEME.toUpperCase() };
    const target = redirectFor(params);
    const next = new URLSearchParams(target?.split("?")[1]);
    const again: Record<string, string | string[]> = {};
    for (const name of new Set(next.keys())) again[name] = next.getAll(name);
    expect(target).not.toBeNull();
    expect(redirectFor(again)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";

import { MAX_TAGS, parseListingState, reuseListInput, tagSlug } from "./listing-state";

const ADEME = "534fff4ca3a7292c64a77c95";

describe("parseListingState", () => {
  it("reads every parameter of the contract", () => {
    const { state, beyondMaxPage } = parseListingState({
      q: " vélo ",
      type: "application",
      topic: "transport_and_mobility",
      tag: ["velo", "mobilite"],
      organization: ADEME,
      producer_type: "local-authority",
      last_update_range: "last_12_months",
      sort: "-views",
      page: "3",
    });
    expect(state).toEqual({
      q: "vélo",
      type: "application",
      topic: "transport_and_mobility",
      tags: ["velo", "mobilite"],
      organization: ADEME,
      producerType: "local-authority",
      lastUpdateRange: "last_12_months",
      sort: "-views",
      page: 3,
    });
    expect(beyondMaxPage).toBe(false);
  });

  it("gives the plain first page for no parameters", () => {
    expect(parseListingState({}).state).toEqual({ tags: [], page: 1 });
  });

  it.each([
    ["an unknown type", { type: "spaceship" }],
    ["an unknown topic", { topic: "astrology" }],
    ["a sort udata offers but the listing does not", { sort: "-discussions" }],
    ["a made-up sort", { sort: "random()" }],
    // udata's search has no title or last-modified order: links to the listing sorted so still open it.
    ["the title order of older links", { sort: "title" }],
    ["the last-modified order of older links", { sort: "-last_modified" }],
    ["an unknown producer type", { producer_type: "state" }],
    ["an unknown update range", { last_update_range: "last_week" }],
    ["an organization that is not an ObjectId", { organization: "../../me" }],
    ["an organization slug", { organization: "ademe" }],
    ["a page that is not a number", { page: "deux" }],
    ["page 0", { page: "0" }],
    ["a negative page", { page: "-2" }],
    ["a fractional page", { page: "1.5" }],
    [
      "empty fields of a form",
      {
        q: "",
        type: "",
        topic: "",
        tag: "",
        organization: "",
        producer_type: "",
        last_update_range: "",
        sort: "",
        page: "",
      },
    ],
  ])("ignores %s", (_what, params) => {
    expect(parseListingState(params)).toEqual({ state: { tags: [], page: 1 }, beyondMaxPage: false });
  });

  it("keeps the good parameters next to a bad one", () => {
    expect(parseListingState({ type: "nope", topic: "health", page: "x" }).state).toEqual({
      topic: "health",
      tags: [],
      page: 1,
    });
  });

  it("flags a page number beyond the search's 10,000 results", () => {
    expect(parseListingState({ page: "501" }).beyondMaxPage).toBe(true);
    expect(parseListingState({ page: "99999999999999999999" }).state.page).toBe(1);
    expect(parseListingState({ page: "500" })).toMatchObject({ state: { page: 500 }, beyondMaxPage: false });
  });

  it("takes the first value of a parameter given twice, and every tag", () => {
    expect(parseListingState({ q: ["a", "b"], tag: ["x", "y", "x"] }).state).toMatchObject({
      q: "a",
      tags: ["x", "y"],
    });
  });

  it("writes tags as udata does, and keeps at most MAX_TAGS", () => {
    expect(parseListingState({ tag: ["Vélo électrique", "  Cœur  "] }).state.tags).toEqual([
      "velo-electrique",
      "coeur",
    ]);
    const many = Array.from({ length: 15 }, (_, index) => `tag${index}`);
    expect(parseListingState({ tag: many }).state.tags).toHaveLength(MAX_TAGS);
  });

  it("cuts a very long query", () => {
    expect(parseListingState({ q: "a".repeat(500) }).state.q).toHaveLength(200);
  });

  it("lower-cases an organization id", () => {
    expect(parseListingState({ organization: ADEME.toUpperCase() }).state.organization).toBe(ADEME);
  });

  it("drops newest-first, the default, unless there is a query (whose default is relevance)", () => {
    expect(parseListingState({ sort: "-created" }).state.sort).toBeUndefined();
    expect(parseListingState({ sort: "-created", q: "eau" }).state.sort).toBe("-created");
  });

  it("gives states that reuses.list accepts", () => {
    const { state } = parseListingState({ q: "x".repeat(300), tag: ["a", "b"], organization: ADEME, page: "500" });
    expect(reuseListInput.safeParse({ ...state, tag: state.tags }).success).toBe(true);
  });
});

describe("tagSlug", () => {
  it.each([
    ["Open Data", "open-data"],
    ["énergie", "energie"],
    ["--a__b--", "a-b"],
    ["!!!", ""],
  ])("%s → %s", (tag, slug) => expect(tagSlug(tag)).toBe(slug));
});

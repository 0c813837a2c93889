import { describe, expect, it } from "vitest";

import { type MyReuse, OVERVIEW_PAGE_SIZE, organizationsOf, overviewPage } from "./overview-list";
import { overviewHref, parseOverviewQuery } from "./overview-query";

const ADEME = { id: "534fff4ca3a7292c64a77c95", name: "ADEME" };
const CEREMA = { id: "5c812a16634f416583ed1876", name: "Cerema" };

let next = 0;
function reuse(overrides: Partial<MyReuse>): MyReuse {
  next += 1;
  return {
    id: String(next).padStart(24, "0"),
    slug: `reuse-${next}`,
    title: `Réutilisation ${next}`,
    url: `https://exemple.fr/${next}`,
    private: false,
    deleted: null,
    archived: null,
    featured: false,
    created_at: `2024-01-${String(next).padStart(2, "0")}T00:00:00+00:00`,
    last_modified: `2024-02-${String(next).padStart(2, "0")}T00:00:00+00:00`,
    organization: null,
    owner: { id: "100000000000000000000001" },
    metrics: { datasets: 1, followers: next, views: 100 - next },
    ...overrides,
  };
}

const REUSES = [
  reuse({ title: "Carte des écoles" }),
  reuse({ title: "Qualité de l'air", private: true, organization: ADEME }),
  reuse({ title: "Vélo en ville", archived: "2024-03-01T00:00:00+00:00", organization: ADEME }),
  reuse({ title: "Ancienne carte", deleted: "2024-03-02T00:00:00+00:00", organization: CEREMA }),
];

describe("parseOverviewQuery", () => {
  it("reads the search, the filters, the order and the page", () => {
    expect(
      parseOverviewQuery({ q: " carte ", status: "draft", organization: ADEME.id, sort: "title", page: "2" }),
    ).toEqual({ q: " carte ", status: "draft", organization: ADEME.id, sort: "title", page: 2 });
  });

  it("leaves out what it does not know", () => {
    expect(parseOverviewQuery({ status: "secret", organization: "../x", sort: "-password", page: "-3" })).toEqual({
      q: undefined,
      status: undefined,
      organization: undefined,
      sort: "-last_modified",
      page: 1,
    });
  });

  it("writes back the same URL, defaults left out", () => {
    expect(overviewHref(parseOverviewQuery({}))).toBe("/dashboard");
    expect(overviewHref(parseOverviewQuery({ q: "vélo", status: "archived", organization: "me", page: "3" }))).toBe(
      "/dashboard?q=v%C3%A9lo&status=archived&organization=me&page=3",
    );
  });
});

describe("overviewPage", () => {
  const all = parseOverviewQuery({});

  it("counts every status, drafts, archived and deleted ones included", () => {
    const page = overviewPage(REUSES, all, "fr");
    expect(page.counts).toEqual({ all: 4, published: 1, draft: 1, archived: 1, deleted: 1 });
    expect(page.items.map((item) => item.title)[0]).toBe("Ancienne carte");
  });

  it("searches titles without minding case or accents, and counts what the search leaves", () => {
    const page = overviewPage(REUSES, { ...all, q: "CARTE" }, "fr");
    expect(page.items.map((item) => item.title).sort()).toEqual(["Ancienne carte", "Carte des écoles"]);
    expect(page.counts).toMatchObject({ all: 2, published: 1, deleted: 1, draft: 0 });
    expect(overviewPage(REUSES, { ...all, q: "ecoles" }, "fr").total).toBe(1);
  });

  it("filters by status and by producer (an organization, or oneself)", () => {
    expect(overviewPage(REUSES, { ...all, status: "draft" }, "fr").items.map((item) => item.title)).toEqual([
      "Qualité de l'air",
    ]);
    expect(overviewPage(REUSES, { ...all, organization: ADEME.id }, "fr").total).toBe(2);
    expect(overviewPage(REUSES, { ...all, organization: "me" }, "fr").items.map((item) => item.title)).toEqual([
      "Carte des écoles",
    ]);
  });

  it("sorts by title the French way, and by followers", () => {
    expect(overviewPage(REUSES, { ...all, sort: "title" }, "fr").items.map((item) => item.title)).toEqual([
      "Ancienne carte",
      "Carte des écoles",
      "Qualité de l'air",
      "Vélo en ville",
    ]);
    expect(overviewPage(REUSES, { ...all, sort: "-followers" }, "fr").items[0]?.title).toBe("Ancienne carte");
  });

  it("sorts by title the English way in an English space, accents aside", () => {
    expect(overviewPage(REUSES, { ...all, sort: "title" }, "en").items.map((item) => item.title)).toEqual([
      "Ancienne carte",
      "Carte des écoles",
      "Qualité de l'air",
      "Vélo en ville",
    ]);
  });

  it("cuts pages, and shows the last one for a page past it", () => {
    const many = Array.from({ length: OVERVIEW_PAGE_SIZE + 5 }, () => reuse({}));
    const second = overviewPage(many, { ...all, page: 9 }, "fr");
    expect(second).toMatchObject({ page: 2, pageCount: 2, total: OVERVIEW_PAGE_SIZE + 5 });
    expect(second.items).toHaveLength(5);
  });

  it("lists the organizations by name", () => {
    expect(organizationsOf(REUSES, "fr")).toEqual([ADEME, CEREMA]);
  });
});

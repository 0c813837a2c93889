import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { env } from "~/server/env";

import { reuseSchema } from "../schemas/reuse";
import { fetchCall, headerOf, jsonResponse, rejectionOf, sandboxData, stubFetch } from "../test-utils";
import { searchReuses } from "./reuses";

/** `searchReuses`: API v2's reuse search, as data.gouv.fr's own catalogue calls it. */
const fixtures = z.array(z.object({ reuses: z.array(z.record(z.string(), z.unknown())) }));
const REUSE = fixtures.parse(sandboxData("udata-fixtures-2024-11-21.json"))[0]?.reuses[0] ?? {};
const link = (href: string, total: number) => ({ rel: "subsection", href, type: "GET", total });
const ITEM = {
  ...REUSE,
  datasets: link("https://www.data.gouv.fr/api/2/datasets/?reuse=x&page=1&page_size=50", 1),
  dataservices: link("https://www.data.gouv.fr/api/1/dataservices/?reuse=x&page=1&page_size=50", 0),
};
const pageOf = (data: unknown[]) => ({ data, total: 1, page: 1, page_size: 20, next_page: null, previous_page: null });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("searchReuses", () => {
  it("calls /api/2/reuses/search/ anonymously with the filters data.gouv.fr's catalogue sends", async () => {
    const spy = stubFetch(() => jsonResponse(pageOf([ITEM])));
    const found = await searchReuses({
      q: "vélo",
      producer_type: "local-authority",
      last_update_range: "last_12_months",
      sort: "-views",
      tag: ["a", "b"],
      page: 2,
    });
    const { url, init } = fetchCall(spy);
    expect(url).toBe(
      `${env.DATAGOUV_URL}/api/2/reuses/search/?page=2&q=v%C3%A9lo&sort=-views&tag=a&tag=b` +
        "&producer_type=local-authority&last_update_range=last_12_months",
    );
    expect(headerOf(init, "X-API-KEY")).toBeNull();
    expect(found.data[0]?.datasets).toEqual(ITEM.datasets);
  });

  it("sends the mask of a selection and parses with it", async () => {
    const card = reuseSchema.pick({ id: true, title: true });
    const spy = stubFetch(() => jsonResponse(pageOf([{ id: "x", title: "T" }])));
    await searchReuses({}, { select: card });
    expect(headerOf(fetchCall(spy).init, "X-Fields")).toBe(
      "data{id,title},total,page,page_size,next_page,previous_page",
    );
  });

  it("refuses what udata's search refuses, before any request", async () => {
    const spy = stubFetch(() => jsonResponse({}));
    const refused = [
      searchReuses({ sort: "title" as "created" }),
      searchReuses({ sort: "-last_modified" as "created" }),
      searchReuses({ producer_type: "state" as "user" }),
      searchReuses({ last_update_range: "last_week" as "last_30_days" }),
      searchReuses({ page: 501, page_size: 20 }),
    ];
    for (const call of refused) expect(await rejectionOf(call)).toMatchObject({ kind: "invalid", status: 400 });
    // The last page within the window is asked for (and the stub's `{}` is not a page).
    expect(await rejectionOf(searchReuses({ page: 500, page_size: 20 }))).toMatchObject({ kind: "malformed" });
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

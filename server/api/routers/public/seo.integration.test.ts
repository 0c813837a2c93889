import { TRPCError } from "@trpc/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { control, upstreamRequests } from "~/server/test/sandbox";
import { anonymous } from "~/server/test/session";

// Anonymous, as the sitemap and feed routes call it. Answers are cached for the whole run: tests that count
// upstream requests ask for what no earlier test asked for.
const caller = anonymous;

/** The sandbox's requests for the sitemaps' pages (100 reuses, oldest first). */
async function sitemapPageRequests() {
  const requests = await upstreamRequests();
  return requests.filter((request) => request.query.page_size === "100" && request.query.sort === "created");
}

beforeEach(() => control("DELETE", "requests"));
afterEach(() => control("DELETE", "faults"));

describe("the seo router when data.gouv.fr fails", () => {
  it("maps an outage with nothing cached to SERVICE_UNAVAILABLE", async () => {
    // First in the file: nothing is cached yet. Errors are not cached, so the tests below start afresh.
    await control("POST", "faults", { status: 503 });
    const error = await caller.seo.reuseSitemap({ number: 4 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      message: "data.gouv.fr est indisponible pour le moment.",
    });
  });
});

describe("seo.sitemapIndex against the sandbox", () => {
  it("counts the public reuses with one anonymous request for the first page of 100", async () => {
    const index = await caller.seo.sitemapIndex();

    expect(index.total).toBeGreaterThan(3000);
    expect(index.reuseSitemaps).toBe(Math.ceil(index.total / 1000));
    const requests = await upstreamRequests();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      method: "GET",
      path: "/api/2/reuses/search/",
      withKey: false,
      status: 200,
      query: { page: "1", page_size: "100", sort: "created" },
    });
  });
});

describe("seo.reuseSitemap against the sandbox", () => {
  it("gives 1,000 reuses per sitemap, id, slug and date only, from 10 pages fetched in parallel", async () => {
    const reuses = await caller.seo.reuseSitemap({ number: 2 });

    expect(reuses).toHaveLength(1000);
    // The id for the slug→id map (server/cache/reuse-ids.ts), which the sitemap teaches.
    expect(Object.keys(reuses[0] ?? {}).sort()).toEqual(["id", "last_modified", "slug"]);
    const requested = (await sitemapPageRequests()).map((request) => Number(request.query.page));
    expect(requested.sort((a, b) => a - b)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect((await upstreamRequests()).every((request) => !request.withKey)).toBe(true);
  });

  it("serves a sitemap asked for again from the cache", async () => {
    const first = await caller.seo.reuseSitemap({ number: 3 });
    await control("DELETE", "requests");
    expect(await caller.seo.reuseSitemap({ number: 3 })).toEqual(first);
    expect(await sitemapPageRequests()).toHaveLength(0);
  });

  it("lists every public reuse exactly once across the sitemaps", async () => {
    const { total, reuseSitemaps } = await caller.seo.sitemapIndex();
    const sitemaps = await Promise.all(
      Array.from({ length: reuseSitemaps }, (_, index) => caller.seo.reuseSitemap({ number: index + 1 })),
    );
    const slugs = sitemaps.flat().map((reuse) => reuse.slug);

    expect(slugs).toHaveLength(total);
    expect(new Set(slugs).size).toBe(total);
    expect(sitemaps.at(-1)?.length).toBe(total - (reuseSitemaps - 1) * 1000);
  });

  it("answers NOT_FOUND past the last sitemap, asking upstream for nothing more", async () => {
    const { reuseSitemaps } = await caller.seo.sitemapIndex();
    await control("DELETE", "requests");
    await expect(caller.seo.reuseSitemap({ number: reuseSitemaps + 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await upstreamRequests()).toHaveLength(0);
  });

  it.each([0, 11, 1.5])("refuses sitemap %s before any upstream call", async (number) => {
    await expect(caller.seo.reuseSitemap({ number })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await upstreamRequests()).toHaveLength(0);
  });
});

describe("seo.feed against the sandbox", () => {
  it("gives the 20 newest reuses with what the feed shows, in one anonymous request", async () => {
    const reuses = await caller.seo.feed();

    expect(reuses).toHaveLength(20);
    const dates = reuses.map((reuse) => reuse.created_at);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(Object.keys(reuses[0] ?? {}).sort()).toEqual([
      "created_at",
      "description",
      "last_modified",
      "organization",
      "owner",
      "slug",
      "title",
    ]);
    expect(reuses.every((reuse) => reuse.organization !== null || reuse.owner !== null)).toBe(true);
    const requests = await upstreamRequests();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      path: "/api/2/reuses/search/",
      withKey: false,
      query: { page: "1", page_size: "20", sort: "-created" },
    });
  });
});

import { TRPCError } from "@trpc/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { ADEME, control, upstreamRequests } from "~/server/test/sandbox";
import { anonymous } from "~/server/test/session";

// An anonymous caller, as the public pages use it. Answers are cached (server/cache) for the whole run: each
// test that counts upstream requests or injects a fault asks for pages no other test asks for.
const caller = anonymous;

/**
 * The upstream requests this test file's process sent, as fetch saw them: headers included (the sandbox's log
 * has no X-Fields), and untouched by other files' tests, which share the sandbox's log.
 */
const sent: { url: URL; headers: Headers }[] = [];
const realFetch = globalThis.fetch;
vi.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.pathname.startsWith("/api/")) sent.push({ url, headers: new Headers(init?.headers) });
  return realFetch(input, init);
});

beforeEach(async () => {
  sent.length = 0;
  await control("DELETE", "requests");
});
afterEach(() => control("DELETE", "faults"));

describe("reuses.list against the sandbox", () => {
  it("gives the 20 newest visible reuses, newest first, in one anonymous masked search", async () => {
    const page = await caller.reuses.list({ page: 1 });

    expect(page.data).toHaveLength(20);
    expect(page.total).toBeGreaterThan(3000);
    const dates = page.data.map((reuse) => reuse.created_at);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(page.data[0]).toEqual(
      expect.objectContaining({ id: expect.stringMatching(/^[0-9a-f]{24}$/), slug: expect.any(String) }),
    );
    // Only the masked fields come back: no description, no embedded datasets.
    expect(Object.keys(page.data[0] ?? {})).not.toContain("description");

    const requests = await upstreamRequests();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      method: "GET",
      path: "/api/2/reuses/search/",
      withKey: false,
      status: 200,
      query: { page: "1", page_size: "20", sort: "-created" },
    });
  });

  it("gives the next 20 on page 2, none of them on page 1", async () => {
    const [first, second] = await Promise.all([caller.reuses.list({ page: 1 }), caller.reuses.list({ page: 2 })]);
    const firstIds = new Set(first.data.map((reuse) => reuse.id));
    expect(second.data).toHaveLength(20);
    expect(second.data.some((reuse) => firstIds.has(reuse.id))).toBe(false);
    expect(second.data[0]?.created_at.localeCompare(first.data.at(-1)?.created_at ?? "")).toBeLessThanOrEqual(0);
  });

  it.each([0, -1, 1.5, 501])("refuses page %s before any upstream call", async (page) => {
    await expect(caller.reuses.list({ page })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await upstreamRequests()).toHaveLength(0);
  });

  it("serves the next visitor from the shared cache, without asking upstream", async () => {
    const first = await caller.reuses.list({ page: 5 });
    await control("DELETE", "requests");
    expect(await caller.reuses.list({ page: 5 })).toEqual(first);
    expect(await upstreamRequests()).toHaveLength(0);
  });

  it("maps an upstream outage to SERVICE_UNAVAILABLE with a French message", async () => {
    await control("POST", "faults", { status: 503 });
    const error = await caller.reuses.list({ page: 7 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      message: "data.gouv.fr est indisponible pour le moment.",
    });
    // One retry of an idempotent read, no more.
    expect(await upstreamRequests()).toHaveLength(2);
  });
});

describe("reuses.types against the sandbox", () => {
  it("gives every type with its French label", async () => {
    const types = await caller.reuses.types();
    expect(types).toContainEqual({ id: "application", label: "Application" });
    expect(types).toContainEqual({ id: "news_article", label: "Article de presse" });
  });

  it("gives types and topics in the page's language, each language cached under its own key", async () => {
    const ask = () =>
      Promise.all([
        caller.reuses.types({ locale: "en" }),
        caller.reuses.topics({ locale: "en" }),
        caller.reuses.types({ locale: "fr" }),
        caller.reuses.topics({ locale: "fr" }),
      ]);
    const first = await ask();
    const [typesEn, topicsEn, typesFr, topicsFr] = first;
    expect(typesEn).toContainEqual({ id: "news_article", label: "News Article" });
    expect(topicsEn).toContainEqual({ id: "transport_and_mobility", label: "Transport and mobility" });
    expect(typesFr).toContainEqual({ id: "news_article", label: "Article de presse" });
    expect(topicsFr).toContainEqual({ id: "economy_and_business", label: "Économie et entreprise" });
    for (const request of sent) expect(["en", "fr"]).toContain(request.url.searchParams.get("lang"));

    // The second call of each is served from the cache, each language from its own entry.
    sent.length = 0;
    expect(await ask()).toEqual(first);
    expect(sent).toHaveLength(0);
  });
});

/** What a listing card shows, and nothing else, is asked for. */
const CARD_MASK =
  "data{id,slug,title,type,topic,image,image_thumbnail,created_at,last_modified,metrics{datasets,discussions,followers,views}," +
  "organization{id,name},owner{id,first_name,last_name}},total,page,page_size,next_page,previous_page";

/** The one upstream request sent since the test began, checked anonymous; its query as name → values. */
function onlyRequest() {
  expect(sent).toHaveLength(1);
  const [request] = sent;
  expect(request?.headers.has("X-API-KEY")).toBe(false);
  const query: Record<string, string[]> = {};
  for (const name of new Set(request?.url.searchParams.keys()))
    query[name] = request?.url.searchParams.getAll(name) ?? [];
  return { path: request?.url.pathname, fields: request?.headers.get("X-Fields"), query };
}

describe("reuses.list filters, sorts and searches upstream", () => {
  it("asks for a type, masked to the card, anonymously, and every answer is of that type", async () => {
    const page = await caller.reuses.list({ type: "api", page: 2 });
    expect(onlyRequest()).toEqual({
      path: "/api/2/reuses/search/",
      fields: CARD_MASK,
      query: { page: ["2"], page_size: ["20"], type: ["api"], sort: ["-created"] },
    });
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.every((reuse) => reuse.type === "api")).toBe(true);
  });

  it("asks for a topic", async () => {
    const page = await caller.reuses.list({ topic: "health", page: 2 });
    expect(onlyRequest().query).toMatchObject({ topic: ["health"] });
    expect(page.data.every((reuse) => reuse.topic === "health")).toBe(true);
  });

  it("asks for every tag, each once and in a stable order (the same cache entry in any order)", async () => {
    const page = await caller.reuses.list({ tag: ["immobilier", "dvf", "dvf"] });
    expect(onlyRequest().query).toMatchObject({ tag: ["dvf", "immobilier"] });
    expect(page.total).toBeGreaterThan(0);
    sent.length = 0;
    expect(await caller.reuses.list({ tag: ["dvf", "immobilier"] })).toEqual(page);
    expect(sent).toHaveLength(0);
  });

  it("asks for an organization, whose reuses carry it", async () => {
    const page = await caller.reuses.list({ organization: ADEME });
    expect(onlyRequest().query).toMatchObject({ organization: [ADEME] });
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.every((reuse) => reuse.organization?.id === ADEME && reuse.organization.name === "ADEME")).toBe(
      true,
    );
  });

  it("searches by relevance unless asked for another order", async () => {
    const relevant = await caller.reuses.list({ q: "transport" });
    expect(onlyRequest().query).toEqual({ page: ["1"], page_size: ["20"], q: ["transport"] });
    expect(relevant.total).toBeGreaterThan(0);
    sent.length = 0;
    await caller.reuses.list({ q: "transport", sort: "-created" });
    expect(onlyRequest().query).toMatchObject({ q: ["transport"], sort: ["-created"] });
  });

  it.each([
    ["-followers", "followers"],
    ["-views", "views"],
    ["-datasets", "datasets"],
  ] as const)("sorts by %s, most first", async (sort, metric) => {
    const page = await caller.reuses.list({ sort, topic: "culture_and_recreation" });
    expect(onlyRequest().query).toMatchObject({ sort: [sort] });
    const counts = page.data.map((reuse) => reuse.metrics[metric] ?? 0);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("asks for a producer type and a date of update, as data.gouv.fr's catalogue does", async () => {
    const page = await caller.reuses.list({ producer_type: "user", last_update_range: "last_3_years" });
    expect(onlyRequest().query).toMatchObject({ producer_type: ["user"], last_update_range: ["last_3_years"] });
    expect(page.data.every((reuse) => reuse.organization === null)).toBe(true);
    sent.length = 0;
    const byUsers = await caller.reuses.list({ producer_type: "user", sort: "-views" });
    expect(byUsers.total).toBeGreaterThan(0);
    expect(byUsers.data.every((reuse) => reuse.organization === null && reuse.owner !== null)).toBe(true);
  });

  it("lists only reuses with a dataset, as udata's search does", async () => {
    const page = await caller.reuses.list({ sort: "-datasets", page: 1 });
    expect(page.data.every((reuse) => (reuse.metrics.datasets ?? 0) > 0)).toBe(true);
    // The last reuses by number of datasets still have one.
    const last = Math.ceil(page.total / 20);
    const tail = await caller.reuses.list({ sort: "-datasets", page: last });
    expect(tail.data.every((reuse) => (reuse.metrics.datasets ?? 0) > 0)).toBe(true);
  });

  it("combines filters in one request", async () => {
    await caller.reuses.list({ q: "carte", type: "application", topic: "housing_and_development", sort: "-views" });
    expect(onlyRequest().query).toEqual({
      page: ["1"],
      page_size: ["20"],
      q: ["carte"],
      type: ["application"],
      topic: ["housing_and_development"],
      sort: ["-views"],
    });
  });

  it("gives a few featured reuses for the home page", async () => {
    const featured = await caller.reuses.list({ featured: true, size: 6 });
    expect(onlyRequest().query).toMatchObject({ featured: ["true"], page_size: ["6"] });
    expect(featured.data).toHaveLength(6);
  });

  it("answers 404 (NOT_FOUND) past the last page", async () => {
    await expect(caller.reuses.list({ organization: ADEME, page: 400 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.each([
    ["an unknown type", { type: "spaceship" }],
    ["an unknown topic", { topic: "astrology" }],
    ["a sort the listing does not offer", { sort: "-discussions" }],
    ["the title order, which udata's search does not have", { sort: "title" }],
    ["the last-modified order, which udata's search does not have", { sort: "-last_modified" }],
    ["an unknown producer type", { producer_type: "state" }],
    ["an organization that is not an ObjectId", { organization: "ademe" }],
    ["too many tags", { tag: Array.from({ length: 11 }, (_, index) => `t${index}`) }],
    ["featured: false (udata would read it as true)", { featured: false }],
    ["a page larger than a page", { size: 21 }],
  ])("refuses %s before any upstream call", async (_what, input) => {
    await expect(caller.reuses.list(input as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(sent).toHaveLength(0);
  });
});

describe("suggestions", () => {
  it("suggests reuses by title: a few, anonymously, masked", async () => {
    const suggestions = await caller.reuses.suggest({ q: "vélo" });
    expect(onlyRequest()).toEqual({
      path: "/api/1/reuses/suggest/",
      fields: "id,slug,title",
      query: { q: ["vélo"], size: ["6"] },
    });
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(6);
    expect(Object.keys(suggestions[0] ?? {}).sort()).toEqual(["id", "slug", "title"]);
  });

  it("suggests organizations by name", async () => {
    const suggestions = await caller.organizations.suggest({ q: "ADEME" });
    expect(onlyRequest()).toMatchObject({ path: "/api/1/organizations/suggest/", fields: "id,name,acronym" });
    expect(suggestions).toContainEqual(expect.objectContaining({ id: ADEME, name: "ADEME" }));
  });

  it.each(["", "a", " b ", "x".repeat(101)])("refuses %j before any upstream call", async (q) => {
    await expect(caller.reuses.suggest({ q })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.organizations.suggest({ q })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(sent).toHaveLength(0);
  });
});

describe("organizations.name", () => {
  it("reads the name alone, once", async () => {
    expect(await caller.organizations.name({ id: ADEME })).toEqual({ name: "ADEME" });
    expect(onlyRequest()).toMatchObject({ path: `/api/1/organizations/${ADEME}/`, fields: "name" });
    sent.length = 0;
    await caller.organizations.name({ id: ADEME });
    expect(sent).toHaveLength(0);
  });

  it("is NOT_FOUND for an unknown organization, and refuses a bad id before any call", async () => {
    await expect(caller.organizations.name({ id: "0123456789abcdef01234567" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    sent.length = 0;
    await expect(caller.organizations.name({ id: "../me" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(sent).toHaveLength(0);
  });
});

describe("reuses.topicCounts", () => {
  it("counts each topic with one request masked to the total, one reuse a page, all at once", async () => {
    const counts = await caller.reuses.topicCounts();
    expect(sent).toHaveLength(15);
    for (const request of sent) {
      expect(request.url.pathname).toBe("/api/2/reuses/search/");
      expect(request.headers.get("X-Fields")).toBe("total");
      expect(request.headers.has("X-API-KEY")).toBe(false);
      expect(request.url.searchParams.get("page_size")).toBe("1");
    }
    const health = counts.find((count) => count.topic === "health");
    expect(health?.total).toBe((await caller.reuses.list({ topic: "health" })).total);
    sent.length = 0;
    await caller.reuses.topicCounts();
    expect(sent).toHaveLength(0);
  });
});

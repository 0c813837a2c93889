import { TRPCError } from "@trpc/server";
import { afterEach, describe, expect, it, vi } from "vitest";

import { ADEME, sandboxUrl, upstreamRequests } from "~/server/test/sandbox";
import { upstreamStatusOf } from "~/server/api/lib/to-trpc-error";
import { FOLLOWERS_PAGE_SIZE } from "~/lib/reuses/followers";
import { anonymous, newUser } from "~/server/test/session";

// Anonymous, as the public pages call it. Answers are cached for the whole run, and other test files share the
// sandbox and its request log: each test reads reuses no other test reads, and looks only at their requests.
const caller = anonymous;

const DEMO_PRODUCER = "100000000000000000000001";

afterEach(() => vi.restoreAllMocks());

/** A call to the sandbox's API as a user (key) or anonymously. */
async function sandboxApi<T>(method: string, path: string, apiKey?: string, body?: unknown): Promise<T> {
  const response = await fetch(`${sandboxUrl}/api/1${path}`, {
    method,
    headers: { ...(apiKey ? { "X-API-KEY": apiKey } : {}), ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function newReuse(apiKey: string, title: string) {
  const datasets = await sandboxApi<{ data: { id: string }[] }>("GET", "/datasets/?page_size=2");
  return sandboxApi<{ id: string; slug: string }>("POST", "/reuses/", apiKey, {
    title,
    description: "Une **réutilisation** de test.",
    type: "application",
    topic: "transport_and_mobility",
    url: `https://example.org/${encodeURIComponent(title)}-${Date.now()}`,
    tags: ["test-detail"],
    datasets: datasets.data.map((dataset) => dataset.id),
  });
}

/** The demo producer's private and deleted reuses, as its owner sees them. */
async function demoProducerReuse(kind: "private" | "deleted") {
  const reuses = await sandboxApi<{ id: string; slug: string; private: boolean; deleted: string | null }[]>(
    "GET",
    "/me/reuses/",
    "sandbox-key-producer",
  );
  const reuse = reuses.find((candidate) => (kind === "private" ? candidate.private : candidate.deleted));
  if (!reuse) throw new Error(`the demo producer has no ${kind} reuse`);
  return reuse;
}

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("reuses.get against the sandbox", () => {
  it("gets a reuse by slug in one anonymous request, masked to what the page shows", async () => {
    const owner = await newUser("Masque");
    const created = await newReuse(owner.apikey, "Carte masquée des gares");
    const fetchSpy = vi.spyOn(globalThis, "fetch");

    const reuse = await caller.reuses.get({ slug: created.slug });

    expect(reuse).toMatchObject({
      id: created.id,
      slug: created.slug,
      title: "Carte masquée des gares",
      type: "application",
      topic: "transport_and_mobility",
      tags: ["test-detail"],
      owner: { id: owner.id, first_name: "Masque", last_name: "Testeur" },
      organization: null,
      metrics: { followers: 0, views: 0 },
    });
    expect(reuse.datasets).toHaveLength(2);
    for (const dataset of reuse.datasets) expect(Object.keys(dataset).sort()).toEqual(["id", "page", "title"]);
    expect(Object.keys(reuse)).not.toContain("private");

    const upstreamCalls = fetchSpy.mock.calls.map(([url, init]) => ({
      url: String(url),
      headers: new Headers(init?.headers),
    }));
    expect(upstreamCalls).toHaveLength(1);
    expect(upstreamCalls[0]?.url).toBe(`${sandboxUrl}/api/1/reuses/${created.slug}/`);
    expect(upstreamCalls[0]?.headers.get("X-API-KEY")).toBeNull();
    expect(upstreamCalls[0]?.headers.get("X-Fields")).toMatch(/^id,slug,title,description,.*datasets\{id,title,page\}/);
    const logged = (await upstreamRequests()).filter((request) => request.path === `/api/1/reuses/${created.slug}/`);
    expect(logged).toEqual([expect.objectContaining({ method: "GET", withKey: false, status: 200 })]);

    // The next visitor is served from the shared cache.
    fetchSpy.mockClear();
    expect(await caller.reuses.get({ slug: created.slug })).toEqual(reuse);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("gets a reuse by id too", async () => {
    const owner = await newUser("Ident");
    const created = await newReuse(owner.apikey, "Réutilisation lue par identifiant");
    expect(await caller.reuses.get({ slug: created.id })).toMatchObject({ slug: created.slug });
  });

  it("answers NOT_FOUND for an unknown reuse", async () => {
    const error = await failureOf(caller.reuses.get({ slug: "cette-reutilisation-n-existe-pas" }));
    expect(error.code).toBe("NOT_FOUND");
    expect(upstreamStatusOf(error)).toBe(404);
  });

  it("answers NOT_FOUND for a private reuse, as for an unknown one", async () => {
    const error = await failureOf(caller.reuses.get({ slug: (await demoProducerReuse("private")).slug }));
    expect(error.code).toBe("NOT_FOUND");
    expect(upstreamStatusOf(error)).toBe(404);
  });

  it("answers NOT_FOUND with the upstream status 410 for a deleted reuse, saying so (the reuse procedures' 410)", async () => {
    const error = await failureOf(caller.reuses.get({ slug: (await demoProducerReuse("deleted")).slug }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("Cette réutilisation a été supprimée.");
    expect(upstreamStatusOf(error)).toBe(410);
  });

  it.each(["../me", "A-Majuscule", "a/b", "", "x".repeat(300)])("refuses %j before any upstream call", async (slug) => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const error = await failureOf(caller.reuses.get({ slug }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe("reuses.followers against the sandbox", () => {
  it("pages the followers, 20 at a time", async () => {
    const owner = await newUser("Suivie");
    const reuse = await newReuse(owner.apikey, "Réutilisation très suivie");
    const followers = await Promise.all(
      Array.from({ length: FOLLOWERS_PAGE_SIZE + 2 }, (_, index) => newUser(`Abonné${index}`)),
    );
    for (const follower of followers) await sandboxApi("POST", `/reuses/${reuse.id}/followers/`, follower.apikey);

    await caller.reuses.get({ slug: reuse.slug });
    const first = await caller.reuses.followers({ slug: reuse.slug, page: 1 });
    const second = await caller.reuses.followers({ slug: reuse.slug, page: 2 });

    expect(first.total).toBe(FOLLOWERS_PAGE_SIZE + 2);
    expect(first.data).toHaveLength(FOLLOWERS_PAGE_SIZE);
    expect(second.data).toHaveLength(2);
    const ids = [...first.data, ...second.data].map((item) => item.follower.id);
    expect(new Set(ids)).toEqual(new Set(followers.map((follower) => follower.id)));
    expect(first.data[0]).toEqual({
      id: expect.any(String),
      since: expect.any(String),
      follower: { id: followers[0]?.id, first_name: "Abonné0", last_name: "Testeur" },
    });
    const logged = (await upstreamRequests()).filter(
      (request) => request.path === `/api/1/reuses/${reuse.id}/followers/`,
    );
    const reads = logged.filter((request) => request.method === "GET");
    expect(reads).toHaveLength(2);
    expect(reads.every((request) => !request.withKey)).toBe(true);
    // The reuse itself was read once, by its page (reuses.get): the followers' check of it comes from the cache.
    const reuseReads = (await upstreamRequests()).filter((request) => request.path === `/api/1/reuses/${reuse.slug}/`);
    expect(reuseReads).toHaveLength(1);
  });

  it("answers NOT_FOUND past the last page", async () => {
    const owner = await newUser("Seule");
    const reuse = await newReuse(owner.apikey, "Réutilisation sans abonné");
    expect((await caller.reuses.followers({ slug: reuse.slug, page: 1 })).total).toBe(0);
    expect((await failureOf(caller.reuses.followers({ slug: reuse.slug, page: 2 }))).code).toBe("NOT_FOUND");
  });

  it("takes the reuse's id as well as its slug", async () => {
    const owner = await newUser("Identifiée");
    const reuse = await newReuse(owner.apikey, "Réutilisation suivie par identifiant");
    await sandboxApi("POST", `/reuses/${reuse.id}/followers/`, (await newUser("Fidèle")).apikey);
    expect(await caller.reuses.followers({ slug: reuse.id, page: 1 })).toMatchObject({ total: 1 });
  });

  it("answers for a private reuse exactly as for an unknown one, by id or by slug, without its followers", async () => {
    const hidden = await demoProducerReuse("private");
    // Someone follows it (udata lists the followers of a private reuse to anyone who asks it by id).
    await sandboxApi("POST", `/reuses/${hidden.id}/followers/`, (await newUser("Curieux")).apikey);
    const unknownId = "0123456789abcdef01234567";
    const answers = [];
    for (const slug of [hidden.id, hidden.slug, unknownId, "reutilisation-inconnue-de-tous"]) {
      const error = await failureOf(caller.reuses.followers({ slug, page: 1 }));
      answers.push({ code: error.code, message: error.message, status: upstreamStatusOf(error) });
    }
    expect(answers).toEqual(
      Array.from({ length: 4 }, () => ({ code: "NOT_FOUND", message: "Introuvable.", status: 404 })),
    );
    const followersRead = (await upstreamRequests()).some(
      (request) => request.method === "GET" && request.path.includes(`${hidden.id}/followers`),
    );
    expect(followersRead).toBe(false);
  });

  it("answers for a deleted reuse as its page does: gone", async () => {
    const error = await failureOf(caller.reuses.followers({ slug: (await demoProducerReuse("deleted")).id, page: 1 }));
    expect(error.code).toBe("NOT_FOUND");
    expect(upstreamStatusOf(error)).toBe(410);
  });

  it.each(["../me", "pas un id", "x".repeat(300)])("refuses %j before any upstream call", async (slug) => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    expect((await failureOf(caller.reuses.followers({ slug, page: 1 }))).code).toBe("BAD_REQUEST");
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe("reuses.moreFromProducer against the sandbox", () => {
  it("gives at most 3 other reuses of the organization, never the one shown", async () => {
    const ademe = await sandboxApi<{ data: { id: string }[] }>("GET", `/reuses/?organization=${ADEME}&sort=-created`);
    const shown = ademe.data[0]?.id ?? "";

    const others = await caller.reuses.moreFromProducer({
      producer: { kind: "organization", id: ADEME },
      exclude: shown,
    });

    expect(others.length).toBeGreaterThan(0);
    expect(others.length).toBeLessThanOrEqual(3);
    expect(others.map((reuse) => reuse.id)).not.toContain(shown);
    for (const reuse of others) expect(reuse.organization?.id).toBe(ADEME);
  });

  it("gives the owner's other reuses, leaving out the one shown", async () => {
    const owner = await newUser("Prolifique");
    const reuses = [];
    for (const title of ["Première", "Deuxième", "Troisième", "Quatrième", "Cinquième"]) {
      reuses.push(await newReuse(owner.apikey, `${title} réutilisation prolifique`));
    }
    const shown = reuses[4]?.id ?? "";

    const others = await caller.reuses.moreFromProducer({ producer: { kind: "owner", id: owner.id }, exclude: shown });

    expect(others.map((reuse) => reuse.title)).toEqual([
      "Quatrième réutilisation prolifique",
      "Troisième réutilisation prolifique",
      "Deuxième réutilisation prolifique",
    ]);
  });

  it("gives nothing when the producer has no other public reuse", async () => {
    const owner = await newUser("Unique");
    const only = await newReuse(owner.apikey, "La seule réutilisation");
    expect(
      await caller.reuses.moreFromProducer({ producer: { kind: "owner", id: owner.id }, exclude: only.id }),
    ).toEqual([]);
  });

  it("refuses a producer id that is not an ObjectId", async () => {
    const input = { producer: { kind: "owner" as const, id: DEMO_PRODUCER.slice(1) }, exclude: DEMO_PRODUCER };
    expect((await failureOf(caller.reuses.moreFromProducer(input))).code).toBe("BAD_REQUEST");
  });
});

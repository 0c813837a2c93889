import { afterEach, describe, expect, it } from "vitest";

import { ADEME, CEREMA, control, createDataset, sandboxUrl, upstreamRequests } from "~/server/test/sandbox";
import { newUser, signedIn } from "~/server/test/session";

afterEach(() => control("DELETE", "faults"));

/** The demo producer: ADEME's member, with open discussions on datasets and reuses. */
const PRODUCER = { id: "100000000000000000000001", slug: "demo-producer", apikey: "sandbox-key-producer" };
const LATENCY = 300;

describe("account.lists", () => {
  it("pages and searches my datasets on the server (upstream answers them whole, without search)", async () => {
    const account = await newUser();
    const { caller } = await signedIn(account);
    expect(await caller.account.lists.datasets({})).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });

    for (let index = 1; index <= 11; index++) await createDataset(account, `Qualité de l'eau ${index}`);
    await createDataset(account, "Bancs publics");
    const first = await caller.account.lists.datasets({ page: 1 });
    expect(first).toMatchObject({ total: 12, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(10);
    expect(first.items[0]).toMatchObject({
      private: false,
      deleted: null,
      page: expect.stringContaining("/datasets/"),
    });
    expect((await caller.account.lists.datasets({ page: 2 })).items).toHaveLength(2);

    const found = await caller.account.lists.datasets({ q: "qualite EAU 11" });
    expect(found.items.map((dataset) => dataset.title)).toEqual(["Qualité de l'eau 11"]);
  });

  it("lists my organizations' datasets, searched upstream with q", async () => {
    const { caller } = await signedIn(await newUser("Ada", { organizations: [ADEME] }));
    const all = await caller.account.lists.organizationDatasets({});
    expect(all.total).toBe(3);
    expect(all.items[0]?.organization).toEqual({ name: "ADEME" });
    const found = await caller.account.lists.organizationDatasets({ q: "DPE" });
    expect(found.items.map((dataset) => dataset.title)).toEqual(["DPE Logements (avant juillet 2021)"]);
  });

  it("lists discussions on my organizations' objects, ten a page, with the last message and a link", async () => {
    const { caller } = await signedIn(await newUser("Ada", { organizations: [ADEME] }));
    const second = await caller.account.lists.discussions({ page: 2 });
    expect(second).toMatchObject({ total: 20, page: 2, pageCount: 2 });
    expect(second.items).toHaveLength(10);
    const [discussion] = second.items;
    expect(discussion).toMatchObject({
      closedAt: null,
      subjectClass: "Dataset",
      href: expect.stringMatching(/\/datasets\/[0-9a-f]{24}\/discussions\?discussion_id=[0-9a-f]{24}$/),
      lastMessage: { excerpt: expect.any(String), postedOn: expect.any(String) },
    });
    expect((await caller.account.lists.discussions({ q: "geo_score" })).items.map((item) => item.title)).toEqual([
      "Définition de geo_score",
    ]);
    expect(await caller.account.lists.discussions({ q: "aucune discussion ne parle de ça" })).toMatchObject({
      items: [],
      total: 0,
    });
  });

  it("names each discussion's subject from my lists, read with my key at the same time as the discussions", async () => {
    const { caller } = await signedIn(PRODUCER);
    await control("DELETE", "requests");
    // Every upstream answer takes LATENCY: reads made one after another would not overlap in the log.
    await control("POST", "faults", { latencyMs: LATENCY });
    const { items } = await caller.account.lists.discussions({});

    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.subject !== null)).toBe(true);
    expect(items.find((item) => item.subject?.kind === "dataset")?.subject).toEqual({
      kind: "dataset",
      title: "DPE Logements (avant juillet 2021)",
      href: `${sandboxUrl}/datasets/dpe-logements-avant-juillet-2021`,
    });
    expect(items.find((item) => item.subject?.kind === "reuse")?.subject).toMatchObject({
      kind: "reuse",
      title: expect.any(String),
      href: expect.stringMatching(/^\/reuses\/[a-z0-9-]+$/),
    });

    const reads = await upstreamRequests();
    // Three lists, and no read of each subject (which would wait for the discussions): one round trip deep.
    expect(reads.map((request) => request.path).sort()).toEqual([
      "/api/1/me/org_datasets/",
      "/api/1/me/org_discussions/",
      "/api/1/me/org_reuses/",
    ]);
    expect(reads.every((request) => request.withKey && request.status === 200)).toBe(true);
    const starts = reads.map((request) => Date.parse(request.at));
    const ends = reads.map((request) => Date.parse(request.at) + request.ms);
    expect(Math.max(...starts)).toBeLessThan(Math.min(...ends));
  });

  it("keeps the generic sentence for subjects whose list cannot be read, and still lists the discussions", async () => {
    const { caller } = await signedIn(PRODUCER);
    await control("POST", "faults", { status: 404, pathPrefix: "/me/org_datasets/" });
    const { items, total } = await caller.account.lists.discussions({});
    expect(total).toBeGreaterThan(0);
    const datasets = items.filter((item) => item.subjectClass === "Dataset");
    expect(datasets.length).toBeGreaterThan(0);
    expect(datasets.every((item) => item.subject === null)).toBe(true);
    expect(items.find((item) => item.subjectClass === "Reuse")?.subject).toMatchObject({ kind: "reuse" });
  });

  it("narrows the discussions to my reuses, my datasets, or one reuse, and counts the unanswered ones", async () => {
    const { caller } = await signedIn(PRODUCER);
    const all = await caller.account.lists.discussions({});
    const onReuses = await caller.account.lists.discussions({ about: "Reuse" });
    const onDatasets = await caller.account.lists.discussions({ about: "Dataset" });
    expect(onReuses.total).toBeGreaterThan(0);
    expect(onDatasets.total).toBeGreaterThan(0);
    expect(onReuses.total + onDatasets.total).toBe(all.total);
    expect(onReuses.items.every((item) => item.subjectClass === "Reuse")).toBe(true);

    const reuseId = onReuses.items[0]?.reuse?.id ?? "";
    const one = await caller.account.lists.discussions({ reuse: reuseId });
    expect(one.items.length).toBeGreaterThan(0);
    expect(one.items.every((item) => item.reuse?.id === reuseId)).toBe(true);
    expect(one.reuseTitle).toBe(onReuses.items[0]?.subject?.title);

    // The overview's figures: each reuse's open discussions with their first message only.
    const unanswered = new Map(await caller.account.lists.unansweredByReuse());
    const everyOnReuses = await caller.account.lists.discussions({ about: "Reuse", page: 1 });
    const expected = new Map<string, number>();
    for (const item of everyOnReuses.items)
      if (item.unanswered && item.reuse) expected.set(item.reuse.id, (expected.get(item.reuse.id) ?? 0) + 1);
    expect(everyOnReuses.pageCount).toBe(1);
    expect(unanswered).toEqual(expected);
    expect(unanswered.size).toBeGreaterThan(0);
  });

  it("refuses a filter that is not one", async () => {
    const { caller } = await signedIn(PRODUCER);
    await expect(caller.account.lists.discussions({ reuse: "not-an-id" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    // @ts-expect-error: a kind of subject the screen does not offer.
    await expect(caller.account.lists.discussions({ about: "Organization" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("lists community resources of my organizations, with their dataset", async () => {
    const { caller } = await signedIn(await newUser("Ada", { organizations: [CEREMA] }));
    const { items, total } = await caller.account.lists.communityResources({});
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({ title: "DVF+ open-data", dataset: { title: "Demandes de valeurs foncières" } });
    const empty = await signedIn(await newUser());
    expect((await empty.caller.account.lists.communityResources({})).total).toBe(0);
  });

  it("refuses a bad page number", async () => {
    const { caller } = await signedIn(await newUser());
    await expect(caller.account.lists.datasets({ page: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("account.metrics", () => {
  it("gives the counts and my reuses by views, deleted ones left out", async () => {
    const { caller } = await signedIn({
      id: "100000000000000000000001",
      slug: "demo-producer",
      apikey: "sandbox-key-producer",
    });
    const metrics = await caller.account.metrics.get();
    // 2 public personal datasets (a third is private), ADEME's 3 datasets and its 80 followers.
    expect(metrics).toMatchObject({
      datasets: 2,
      organizationDatasets: 3,
      followers: 0,
      organizationFollowers: 80,
      resourcesAvailability: 100,
    });
    // 4 personal reuses, one deleted.
    expect(metrics.reuses).toHaveLength(3);
    const views = metrics.reuses.map((reuse) => reuse.views);
    expect(views).toEqual([...views].sort((a, b) => b - a));
    expect(views[0]).toBeGreaterThan(0);
  });

  it("has no reuses to chart for a new account", async () => {
    const { caller } = await signedIn(await newUser());
    expect(await caller.account.metrics.get()).toMatchObject({ datasets: 0, reuses: [] });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Context, createContext } from "../../context";
import { type JsonObject } from "../../json";
import { type State } from "../../model";
import { datasetJson } from "../../render/dataset";
import { renderOrganization } from "../../render/organization";
import { renderUser } from "../../render/user";
import { DEMO_ACCOUNTS } from "../../seed/demo";
import { seed } from "../../seed/index";
import { Store } from "../../store";
import { UdataProfile } from "../../udata-version";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "../harness";

/**
 * The seeded state is consistent as udata's is: every count it serves is what udata's metric updaters
 * compute from the objects it serves, over the whole state; and the demo accounts' dashboards have data.
 */
let state: State;
let ctx: Context;
let sandbox: TestSandbox;

beforeAll(async () => {
  state = seed();
  ctx = createContext(new Store(state, () => undefined), "http://sandbox.test", "/nowhere", new UdataProfile(17));
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

function tally<T>(items: readonly T[], key: (item: T) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const value = key(item);
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

function metricsOf(json: JsonObject | null): Record<string, unknown> {
  return (json?.metrics ?? {}) as Record<string, unknown>;
}

// udata's `visible()` querysets (reuse and dataset models), restated here so that the test does not trust the code it checks.
const isPublicReuse = (reuse: State["reuses"][number]) => !reuse.private && !reuse.deleted && reuse.datasets.length > 0;
const isVisibleDataset = (dataset: State["datasets"][number]) =>
  !dataset.private && !dataset.deleted && !dataset.fields.archived;

describe("counts over the whole seeded state", () => {
  it("udata/core/reuse/models.py Reuse.count_followers: metrics.followers is the number of live follows, by distinct users", () => {
    const follows = tally(state.follows, (follow) => follow.reuse);
    const users = new Set(state.users.map((user) => user.id));
    expect(state.follows.length).toBeGreaterThan(5000);
    for (const reuse of state.reuses)
      expect([reuse.id, follows.get(reuse.id) ?? 0]).toEqual([reuse.id, reuse.metrics.followers]);
    expect(new Set(state.follows.map((follow) => `${follow.reuse} ${follow.follower}`)).size).toBe(
      state.follows.length,
    );
    expect(state.follows.every((follow) => users.has(follow.follower))).toBe(true);
  });

  it("udata/core/reuse/models.py Reuse.count_discussions: metrics.discussions is the number of discussions on the reuse", () => {
    const discussions = tally(state.discussions, (discussion) => discussion.subject.id);
    expect(state.discussions.filter((discussion) => discussion.subject.class === "Reuse").length).toBeGreaterThan(500);
    for (const reuse of state.reuses)
      expect([reuse.id, discussions.get(reuse.id) ?? 0]).toEqual([reuse.id, reuse.metrics.discussions]);
  });

  it("udata/core/discussions/models.py Discussion.subject: every subject exists and has a title, every author is a user", () => {
    const users = new Set(state.users.map((user) => user.id));
    for (const discussion of state.discussions) {
      const subject =
        discussion.subject.class === "Reuse"
          ? ctx.store.reuse(discussion.subject.id)
          : ctx.store.dataset(discussion.subject.id);
      expect([discussion.id, subject?.id, Boolean(subject?.title)]).toEqual([
        discussion.id,
        discussion.subject.id,
        true,
      ]);
      for (const message of discussion.messages) expect(users.has(message.posted_by ?? "")).toBe(true);
    }
  });

  it("udata/core/dataset/models.py Dataset.count_reuses and count_discussions: served metrics count the visible reuses and the discussions", () => {
    const reuses = tally(
      state.reuses.filter(isPublicReuse).flatMap((reuse) => [...new Set(reuse.datasets)]),
      (id) => id,
    );
    const discussions = tally(state.discussions, (discussion) => discussion.subject.id);
    for (const dataset of state.datasets) {
      const metrics = metricsOf(datasetJson(ctx, dataset.id));
      expect([dataset.id, metrics.reuses, metrics.discussions]).toEqual([
        dataset.id,
        reuses.get(dataset.id) ?? 0,
        discussions.get(dataset.id) ?? 0,
      ]);
    }
  });

  it("udata/core/organization/models.py Organization.count_datasets, count_reuses, count_members: served metrics count the visible objects", () => {
    const datasets = tally(state.datasets.filter(isVisibleDataset), (dataset) => dataset.organization);
    const reuses = tally(state.reuses.filter(isPublicReuse), (reuse) => reuse.organization);
    for (const organization of state.organizations) {
      const metrics = metricsOf(renderOrganization(ctx, organization));
      expect([organization.id, metrics.datasets, metrics.reuses, metrics.members]).toEqual([
        organization.id,
        datasets.get(organization.id) ?? 0,
        reuses.get(organization.id) ?? 0,
        organization.members.length,
      ]);
    }
  });

  it("udata/core/user/models.py User.count_datasets, count_reuses, count_following: served metrics count the visible objects and follows", () => {
    const datasets = tally(state.datasets.filter(isVisibleDataset), (dataset) => dataset.owner);
    const reuses = tally(state.reuses.filter(isPublicReuse), (reuse) => reuse.owner);
    const following = tally(state.follows, (follow) => follow.follower);
    expect(following.size).toBeGreaterThan(1000);
    for (const user of state.users) {
      const metrics = metricsOf(renderUser(ctx, user, null));
      expect([user.id, metrics.datasets, metrics.reuses, metrics.following, metrics.followers]).toEqual([
        user.id,
        datasets.get(user.id) ?? 0,
        reuses.get(user.id) ?? 0,
        following.get(user.id) ?? 0,
        0,
      ]);
    }
  });
});

type Page = { total: number; data: { follower: { id: string } }[] };

describe("counts as the API serves them", () => {
  it("udata/core/followers/api.py FollowAPI.get/post/delete: the list has metrics.followers entries, and following or unfollowing moves both", async () => {
    const [reuse] = [...state.reuses].filter(isPublicReuse).sort((a, b) => b.metrics.followers - a.metrics.followers);
    if (!reuse) throw new Error("no public reuse");
    const count = async () => {
      const { body } = await jsonOf<{ metrics: { followers: number } }>(
        await sandbox.call(`/api/1/reuses/${reuse.id}/`),
      );
      const list = await jsonOf<Page>(await sandbox.call(`/api/1/reuses/${reuse.slug}/followers/?page_size=1`));
      return [body.metrics.followers, list.body.total];
    };
    expect(await count()).toEqual([reuse.metrics.followers, reuse.metrics.followers]);
    const path = `/api/1/reuses/${reuse.id}/followers/`;
    expect(await jsonOf(await sandbox.call(path, { method: "POST", key: KEYS.admin }))).toEqual({
      status: 201,
      body: { followers: reuse.metrics.followers + 1 },
    });
    expect(await count()).toEqual([reuse.metrics.followers + 1, reuse.metrics.followers + 1]);
    const mine = await jsonOf<Page>(await sandbox.call(`${path}?user=${DEMO_ACCOUNTS.admin.id}`));
    expect(mine.body.data.map((follow) => follow.follower.id)).toEqual([DEMO_ACCOUNTS.admin.id]);
    expect((await sandbox.call(`${path}?user=nobody`)).status).toBe(404);
    expect(await jsonOf(await sandbox.call(path, { method: "DELETE", key: KEYS.admin }))).toEqual({
      status: 200,
      body: { followers: reuse.metrics.followers },
    });
    expect(await count()).toEqual([reuse.metrics.followers, reuse.metrics.followers]);
  });

  it("udata/core/organization/models.py Organization.count_datasets/count_reuses: an organization's metrics are the totals of its listings", async () => {
    const id = DEMO_ACCOUNTS.producer.organization.id;
    const { body } = await jsonOf<{ metrics: { datasets: number; reuses: number } }>(
      await sandbox.call(`/api/1/organizations/${id}/`),
    );
    const datasets = await jsonOf<{ total: number }>(await sandbox.call(`/api/1/datasets/?organization=${id}`));
    // count_reuses counts visible reuses (`Reuse.objects(organization=self).visible()`): search's, not v1's.
    const reuses = await jsonOf<{ total: number }>(await sandbox.call(`/api/2/reuses/search/?organization=${id}`));
    expect(body.metrics).toMatchObject({ datasets: datasets.body.total, reuses: reuses.body.total });
    expect(body.metrics.reuses).toBeGreaterThan(0);
  });

  it("udata/core/user/models.py datasets_count, datasets_org_count, followers_org_count (MyMetricsAPI): the producer's metrics", async () => {
    const { body } = await jsonOf(await sandbox.call("/api/1/me/metrics/", { key: KEYS.producer }));
    const own = await jsonOf<{ private: boolean }[]>(await sandbox.call("/api/1/me/datasets/", { key: KEYS.producer }));
    const organization = DEMO_ACCOUNTS.producer.organization.id;
    const orgDatasets = await jsonOf<{ total: number }>(
      await sandbox.call(`/api/1/datasets/?organization=${organization}`),
    );
    const org = await jsonOf<{ metrics: { followers: number } }>(
      await sandbox.call(`/api/1/organizations/${organization}/`),
    );
    expect(body).toEqual({
      datasets_count: own.body.filter((dataset) => !dataset.private).length,
      datasets_org_count: orgDatasets.body.total,
      followers_count: 0,
      followers_org_count: org.body.metrics.followers,
      id: DEMO_ACCOUNTS.producer.id,
      resources_availability: 100,
    });
    expect(body.datasets_count).toBeGreaterThan(0);
  });
});

type Discussion = { closed: string | null; title: string; subject: { class: string; id: string } };

/** The title of a discussion's subject, as the site finds it (with the caller's key: private subjects too). */
async function subjectTitle(subject: Discussion["subject"], key: string): Promise<string> {
  const section = subject.class === "Reuse" ? "reuses" : "datasets";
  const { status, body } = await jsonOf<{ title: string }>(
    await sandbox.call(`/api/1/${section}/${subject.id}/`, { key }),
  );
  expect(status).toBe(200);
  return body.title;
}

describe("the demo accounts' dashboards", () => {
  it("udata/core/user/api.py MyDatasetsAPI, MyOrgCommunityResourcesAPI: the producer has personal datasets (one private) and a community resource", async () => {
    const datasets = await jsonOf<{ owner: { id: string }; private: boolean }[]>(
      await sandbox.call("/api/1/me/datasets/", { key: KEYS.producer }),
    );
    expect(datasets.body.length).toBe(3);
    expect(datasets.body.every((dataset) => dataset.owner.id === DEMO_ACCOUNTS.producer.id)).toBe(true);
    expect(datasets.body.filter((dataset) => dataset.private)).toHaveLength(1);
    const resources = await jsonOf<{ owner: { id: string } | null; dataset: { title: string } }[]>(
      await sandbox.call("/api/1/me/org_community_resources/", { key: KEYS.producer }),
    );
    const own = resources.body.filter((resource) => resource.owner?.id === DEMO_ACCOUNTS.producer.id);
    expect(own).toHaveLength(1);
    expect(own[0]?.dataset.title).toBeTruthy();
  });

  it("udata/core/discussions/actions.py discussions_for: /me/org_discussions/ lists only open discussions, on named subjects", async () => {
    for (const key of [KEYS.producer, KEYS.member]) {
      const { body } = await jsonOf<Discussion[]>(await sandbox.call("/api/1/me/org_discussions/", { key }));
      expect(body.length).toBeGreaterThan(1);
      expect(body.filter((discussion) => discussion.closed)).toEqual([]);
      for (const discussion of body) expect(await subjectTitle(discussion.subject, key)).toBeTruthy();
    }
    const producer = await jsonOf<Discussion[]>(
      await sandbox.call("/api/1/me/org_discussions/", { key: KEYS.producer }),
    );
    const classes = new Set(producer.body.map((discussion) => discussion.subject.class));
    expect([...classes].sort()).toEqual(["Dataset", "Reuse"]);
    // The closed ones exist, on the same objects: the list leaves them out.
    const ademe = DEMO_ACCOUNTS.producer.organization.id;
    const ademeObjects = new Set(
      [...state.reuses, ...state.datasets].filter((record) => record.organization === ademe).map((record) => record.id),
    );
    expect(state.discussions.some((discussion) => discussion.closed && ademeObjects.has(discussion.subject.id))).toBe(
      true,
    );
  });

  it("udata/core/user/api.py MyReusesAPI, MyOrgReusesAPI, MyOrgDatasetsAPI: the producer's and the member's other lists are not empty", async () => {
    for (const [key, path] of [
      [KEYS.producer, "/api/1/me/reuses/"],
      [KEYS.producer, "/api/1/me/org_reuses/"],
      [KEYS.producer, "/api/1/me/org_datasets/"],
      [KEYS.member, "/api/1/me/org_reuses/"],
      [KEYS.member, "/api/1/me/org_datasets/"],
      [KEYS.member, "/api/1/me/org_community_resources/"],
    ] as const) {
      const { body } = await jsonOf<unknown[]>(await sandbox.call(path, { key }));
      expect([path, body.length > 0]).toEqual([path, true]);
    }
  });
});

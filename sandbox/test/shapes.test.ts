import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestSandbox, jsonOf, startTestSandbox } from "./harness";
import { sameShape } from "./same-shape";
import { samples } from "./samples";

/** The sandbox's JSON has the keys and types of the real recorded answers. */
type Reuse = { id: string; organization: unknown; owner: unknown; image: unknown; metrics: unknown };

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

const FREE_FORM = { freeForm: ["extras", "*_by_months"] };

describe("answers have the shapes of the real API", () => {
  it("a page of reuses, and a reuse in it (organization-owned and user-owned)", async () => {
    const { body } = await jsonOf<{ data: Reuse[] }>(await sandbox.call("/api/1/reuses/?page_size=50"));
    expect(sameShape(body, { ...samples.reuseList, data: [] })).toBeNull();
    const [orgSample, userSample] = samples.reuseList.data;
    const byOrganization = body.data.find((reuse) => reuse.organization && reuse.image);
    const byUser = body.data.find((reuse) => reuse.owner && reuse.image);
    const ignore = { ...FREE_FORM, ignore: ["datasets__EXCERPTED", "metrics"] };
    expect(sameShape(byOrganization, orgSample, ignore)).toBeNull();
    expect(sameShape(byUser, userSample, ignore)).toBeNull();
    const fixtureReuse = samples.fixtures[0]?.reuses[0];
    expect(sameShape(byOrganization?.metrics, fixtureReuse?.metrics)).toBeNull();
  });

  it("a reuse on its own, compared with the same reuse in the fixtures", async () => {
    const fixtureReuse = samples.fixtures[0]?.reuses[0] ?? {};
    const { status, body } = await jsonOf(await sandbox.call(`/api/1/reuses/${String(fixtureReuse.id)}/`));
    expect(status).toBe(200);
    expect(sameShape(body, fixtureReuse, FREE_FORM)).toBeNull();
    expect(body.title).toBe(fixtureReuse.title);
  });

  it("a dataset from the fixtures and a generated one", async () => {
    const fixture = await jsonOf(await sandbox.call("/api/1/datasets/6155ad9c9c3b0ee5891f3374/"));
    expect(sameShape(fixture.body, samples.dataset, FREE_FORM)).toBeNull();
    const { body } = await jsonOf<{ data: { datasets: Record<string, unknown>[] }[] }>(
      await sandbox.call("/api/1/reuses/?page_size=20&sort=created"),
    );
    // The oldest reuses listed include some without a dataset (udata's v1 listing shows them).
    const generated = body.data.find((reuse) => reuse.datasets.length > 0)?.datasets[0];
    expect(generated?.extras).toEqual({ "sandbox:generated": true });
    expect(sameShape(generated, samples.dataset, FREE_FORM)).toBeNull();
  });

  it("an organization", async () => {
    const { body } = await jsonOf(await sandbox.call("/api/1/organizations/6155a0cfcdc64b4a0c792d63/"));
    expect(sameShape(body, samples.organization, FREE_FORM)).toBeNull();
  });

  it("a 404, word for word", async () => {
    const response = await sandbox.call("/api/1/reuses/000000000000000000000000/");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual(samples.error404);
    expect(await (await sandbox.call("/api/1/no-such-route/")).json()).toEqual(samples.error404);
  });

  it("no outside URL for pages, URIs and images", async () => {
    const text = await (await sandbox.call("/api/1/reuses/?page_size=100")).text();
    const urls =
      text.match(
        /"(page|uri|image|image_thumbnail|logo|logo_thumbnail|avatar|avatar_thumbnail|latest)":\s*"https?:[^"]+"/g,
      ) ?? [];
    expect(urls.length).toBeGreaterThan(100);
    for (const url of urls) expect(url).toContain(sandbox.url);
  });
});

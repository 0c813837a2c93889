import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "../harness";
import { createReuse } from "../new-reuse";

/** `GET /api/1/reuses/` as udata answers it. */
type Reuse = { id: string; datasets: unknown[]; tags: string[] };

let sandbox: TestSandbox;
const NO_DATASET_REUSE = "64d8f602d78e4fbae0f472b9";

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

describe("GET /api/1/reuses/", () => {
  it("lists public reuses without any dataset to anonymous callers — udata/core/reuse/api.py ReuseListAPI.get", async () => {
    const reuse = await jsonOf<Reuse>(await sandbox.call(`/api/1/reuses/${NO_DATASET_REUSE}/`));
    expect(reuse.status).toBe(200);
    expect(reuse.body.datasets).toEqual([]);
    const tag = reuse.body.tags[0] ?? "";
    const listed = await jsonOf<{ data: Reuse[] }>(
      await sandbox.call(`/api/1/reuses/?tag=${encodeURIComponent(tag)}&page_size=100`),
    );
    expect(listed.body.data.map((item) => item.id)).toContain(NO_DATASET_REUSE);
  });

  it("counts the dataset-less reuses in the total — udata/core/reuse/api.py ReuseListAPI.get", async () => {
    const all = await jsonOf<{ total: number }>(await sandbox.call("/api/1/reuses/?page_size=1"));
    const visible = await jsonOf<{ total: number }>(await sandbox.call("/api/2/reuses/search/?page_size=1"));
    // The 2023 catalogue has 541 reuses without a dataset: v1 lists them, search (visible only) does not.
    expect(all.body.total - visible.body.total).toBeGreaterThan(500);
  });

  it("filters on `private` (filterable on the model), over what the caller may list: a site admin's being all of them — udata/core/reuse/models.py Reuse.private, udata/core/owned.py OwnedQuerySet.visible_by_user", async () => {
    const draft = await createReuse(sandbox, KEYS.producer, { private: true, title: "Brouillon filtré privé" });
    const q = encodeURIComponent("Brouillon filtré privé");
    const ids = async (query: string, key?: string) =>
      (await jsonOf<{ data: Reuse[] }>(await sandbox.call(`/api/1/reuses/?q=${q}${query}`, { key }))).body.data.map(
        (item) => item.id,
      );
    expect(await ids("&private=true", KEYS.admin)).toEqual([draft.id]);
    expect(await ids("&private=false", KEYS.admin)).toEqual([]);
    expect(await ids("&private=true")).toEqual([]);
    const publicOnes = await jsonOf<{ data: { private: boolean }[] }>(
      await sandbox.call("/api/1/reuses/?private=false&page_size=50", { key: KEYS.admin }),
    );
    expect(publicOnes.body.data.every((item) => item.private === false)).toBe(true);
    expect((await sandbox.call("/api/1/reuses/?private=maybe")).status).toBe(400);
  });
});

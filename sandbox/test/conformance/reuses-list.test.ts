import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestSandbox, jsonOf, startTestSandbox } from "../harness";

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
});

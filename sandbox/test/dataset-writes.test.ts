import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../seed/demo";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "./harness";

/** `POST /datasets/`: what e2e tests use to give a fresh account datasets of its own. */
let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

describe("POST /api/1/datasets/", () => {
  it("creates a dataset the caller owns, listed by /me/datasets/", async () => {
    const json = { title: "Bancs publics", description: "Où s'asseoir." };
    const created = await jsonOf<{ id: string; owner: { id: string } | null; slug: string }>(
      await sandbox.call("/api/1/datasets/", { method: "POST", key: KEYS.admin, json }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ slug: "bancs-publics", owner: { id: DEMO_ACCOUNTS.admin.id } });
    const mine = await jsonOf<{ id: string }[]>(await sandbox.call("/api/1/me/datasets/", { key: KEYS.admin }));
    expect(mine.body.map((dataset) => dataset.id)).toEqual([created.body.id]);
  });

  it("requires a title and a description, and an organization of the caller's", async () => {
    const missing = await sandbox.call("/api/1/datasets/", { method: "POST", key: KEYS.admin, json: { title: "X" } });
    expect(await jsonOf(missing)).toMatchObject({ status: 400, body: { errors: { description: expect.any(Array) } } });
    const json = { title: "X", description: "Y", organization: DEMO_ACCOUNTS.producer.organization.id };
    const foreign = await sandbox.call("/api/1/datasets/", { method: "POST", key: KEYS.admin, json });
    expect(foreign.status).toBe(400);
    expect((await sandbox.call("/api/1/datasets/", { method: "POST", json })).status).toBe(401);
  });
});

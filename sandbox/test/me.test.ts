import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../seed/demo";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "./harness";

/** Authentication, the /me routes, key regeneration and API tokens. */
let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

async function newAccount(): Promise<{ id: string; apikey: string }> {
  return (
    await jsonOf<{ id: string; apikey: string }>(
      await sandbox.call("/_sandbox/users", { method: "POST", json: { first_name: "Test", last_name: "Compte" } }),
    )
  ).body;
}

describe("authentication", () => {
  it("answers 401 without a key and Invalid API token with a bad one, on any /api route", async () => {
    expect((await sandbox.call("/api/1/me/")).status).toBe(401);
    for (const path of ["/api/1/me/", "/api/1/reuses/", "/api/1/datasets/"]) {
      expect(await jsonOf(await sandbox.call(path, { key: "wrong" }))).toEqual({
        status: 401,
        body: { message: "Invalid API token" },
      });
    }
  });

  it("knows the three demo accounts", async () => {
    const producer = await jsonOf<{ id: string; slug: string; organizations: { id: string }[] }>(
      await sandbox.call("/api/1/me/", { key: KEYS.producer }),
    );
    expect(producer.body).toMatchObject({
      id: DEMO_ACCOUNTS.producer.id,
      slug: "demo-producer",
    });
    expect(producer.body.organizations.map((organization) => organization.id)).toEqual([
      DEMO_ACCOUNTS.producer.organization.id,
    ]);
    const admin = await jsonOf<{ roles: string[] }>(await sandbox.call("/api/1/me/", { key: KEYS.admin }));
    expect(admin.body.roles).toEqual(["admin"]);
  });
});

describe("/me", () => {
  it("updates the profile and uploads an avatar", async () => {
    const account = await newAccount();
    const updated = await jsonOf(
      await sandbox.call("/api/1/me/", {
        method: "PUT",
        key: account.apikey,
        json: { about: "Bonjour", first_name: "Alice" },
      }),
    );
    expect(updated.body).toMatchObject({ about: "Bonjour", first_name: "Alice", last_name: "Compte" });
    expect(
      (await sandbox.call("/api/1/me/", { method: "PUT", key: account.apikey, json: { first_name: "" } })).status,
    ).toBe(400);
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])], { type: "image/jpeg" }), "a.jpg");
    const avatar = await jsonOf<{ success: boolean; image: string }>(
      await sandbox.call("/api/1/me/avatar/", { method: "POST", key: account.apikey, body: form }),
    );
    expect(avatar.body.success).toBe(true);
    expect((await fetch(avatar.body.image)).headers.get("content-type")).toBe("image/jpeg");
  });

  it("lists the caller's objects as plain lists, org lists filtered by q", async () => {
    const reuses = await jsonOf<unknown[]>(await sandbox.call("/api/1/me/reuses/", { key: KEYS.producer }));
    expect(Array.isArray(reuses.body)).toBe(true);
    const orgReuses = await jsonOf<{ title: string }[]>(
      await sandbox.call("/api/1/me/org_reuses/", { key: KEYS.producer }),
    );
    expect(orgReuses.body.length).toBeGreaterThan(reuses.body.length);
    const word = orgReuses.body[0]?.title.split(" ")[0] ?? "";
    const filtered = await jsonOf<{ title: string }[]>(
      await sandbox.call(`/api/1/me/org_reuses/?q=${encodeURIComponent(word)}`, { key: KEYS.producer }),
    );
    expect(filtered.body.length).toBeGreaterThan(0);
    expect(filtered.body.length).toBeLessThanOrEqual(orgReuses.body.length);
    const datasets = await jsonOf<unknown[]>(await sandbox.call("/api/1/me/org_datasets/", { key: KEYS.producer }));
    expect(datasets.body.length).toBeGreaterThan(0);
    const discussions = await jsonOf<{ class: string }[]>(
      await sandbox.call("/api/1/me/org_discussions/", { key: KEYS.producer }),
    );
    expect(discussions.body[0]?.class).toBe("Discussion");
    const resources = await jsonOf<unknown[]>(
      await sandbox.call("/api/1/me/org_community_resources/", { key: KEYS.member }),
    );
    expect(resources.body.length).toBeGreaterThan(0);
    expect((await jsonOf<unknown[]>(await sandbox.call("/api/1/me/datasets/", { key: KEYS.producer }))).status).toBe(
      200,
    );
    expect((await jsonOf(await sandbox.call("/api/1/me/metrics/", { key: KEYS.producer }))).body).toMatchObject({
      id: DEMO_ACCOUNTS.producer.id,
    });
  });

  it("deletes the account (204): its key stops working", async () => {
    const account = await newAccount();
    expect((await sandbox.call("/api/1/me/", { method: "DELETE", key: account.apikey })).status).toBe(204);
    expect((await sandbox.call("/api/1/me/", { key: account.apikey })).status).toBe(401);
  });
});

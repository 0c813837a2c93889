import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "../harness";

/** Reuse badges: the kinds an instance offers, adding and removing them (site admins only). */
let sandbox: TestSandbox;
let reuse: string;
beforeAll(async () => {
  sandbox = await startTestSandbox();
  const page = await jsonOf<{ data: { id: string }[] }>(await sandbox.call("/api/1/reuses/?page_size=1"));
  reuse = page.body.data[0]?.id ?? "";
});
afterAll(() => sandbox.close());

const addBadge = async (kind: unknown, key: string = KEYS.admin) =>
  jsonOf(await sandbox.call(`/api/1/reuses/${reuse}/badges/`, { method: "POST", key, json: { kind } }));
const badgesOf = async () =>
  (await jsonOf<{ badges: { kind: string }[] }>(await sandbox.call(`/api/1/reuses/${reuse}/`))).body.badges;
const seedKind = (kind: string, label: string) =>
  sandbox.call("/_sandbox/badges", { method: "POST", json: { kind, label } });

describe("udata 17: no badge kind", () => {
  it("lists none: {} — udata/core/reuse/api.py AvailableDatasetBadgesAPI.get, udata/core/reuse/models.py BADGES = {}", async () => {
    expect(await jsonOf(await sandbox.call("/api/1/reuses/badges/"))).toEqual({ status: 200, body: {} });
  });

  it("lists none whatever the language asked, lang=en or lang=fr — udata/core/reuse/api.py AvailableDatasetBadgesAPI.get, udata/api/__init__.py set_api_language", async () => {
    for (const lang of ["en", "fr"]) {
      expect(await jsonOf(await sandbox.call(`/api/1/reuses/badges/?lang=${lang}`))).toEqual({ status: 200, body: {} });
    }
  });

  it("refuses any new badge: 400 'Unknown badge type for Reuse: …' — udata/core/badges/models.py BadgeMixin.add_badge, udata/api/__init__.py handle_validation_error", async () => {
    expect(await addBadge("spotlight")).toEqual({
      status: 400,
      body: { errors: {}, message: "Unknown badge type for Reuse: spotlight" },
    });
    expect((await addBadge(undefined)).body).toEqual({ errors: {}, message: "Unknown badge type for Reuse: None" });
  });

  it("is for site admins: 401 anonymous, 403 for others — udata/core/reuse/api.py ReuseBadgesAPI.post (admin_permission)", async () => {
    expect(
      (await jsonOf(await sandbox.call(`/api/1/reuses/${reuse}/badges/`, { method: "POST", json: {} }))).status,
    ).toBe(401);
    expect((await addBadge("spotlight", KEYS.producer)).status).toBe(403);
  });
});

describe("an instance with badge kinds (POST /_sandbox/badges)", () => {
  it("lists them as {kind: label} — udata/core/badges/models.py BadgeMixin.available_badges", async () => {
    expect((await seedKind("spotlight", "À la une")).status).toBe(201);
    expect((await jsonOf(await sandbox.call("/api/1/reuses/badges/"))).body).toEqual({ spotlight: "À la une" });
  });

  it("adds a listed kind first (201 {kind}), answers 200 when already there — udata/core/badges/api.py add, BadgeMixin.add_badge ($position 0)", async () => {
    await seedKind("spotlight", "À la une");
    await seedKind("award", "Primée");
    expect(await addBadge("spotlight")).toEqual({ status: 201, body: { kind: "spotlight" } });
    expect(await addBadge("award")).toEqual({ status: 201, body: { kind: "award" } });
    expect(await addBadge("award")).toEqual({ status: 200, body: { kind: "award" } });
    expect((await badgesOf()).slice(0, 2)).toEqual([{ kind: "award" }, { kind: "spotlight" }]);
  });

  it("removes one (204), then 404 'Badge does not exists' — udata/core/badges/api.py remove", async () => {
    await seedKind("spotlight", "À la une");
    await addBadge("spotlight");
    const remove = () =>
      sandbox.call(`/api/1/reuses/${reuse}/badges/spotlight/`, { method: "DELETE", key: KEYS.admin });
    expect((await remove()).status).toBe(204);
    expect(await badgesOf()).not.toContainEqual({ kind: "spotlight" });
    expect(await jsonOf(await remove())).toEqual({ status: 404, body: { message: "Badge does not exists" } });
  });

  it("lists none again after DELETE /_sandbox/badges, the reuses keeping their badges", async () => {
    await seedKind("spotlight", "À la une");
    await addBadge("spotlight");
    expect((await sandbox.call("/_sandbox/badges", { method: "DELETE" })).status).toBe(204);
    expect((await jsonOf(await sandbox.call("/api/1/reuses/badges/"))).body).toEqual({});
    expect(await badgesOf()).toContainEqual({ kind: "spotlight" });
  });

  it("forgets the seeded kinds on reset (POST /_sandbox/reset)", async () => {
    await seedKind("spotlight", "À la une");
    expect((await sandbox.call("/_sandbox/reset", { method: "POST" })).status).toBe(200);
    expect((await jsonOf(await sandbox.call("/api/1/reuses/badges/"))).body).toEqual({});
  });
});

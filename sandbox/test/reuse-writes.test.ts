import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../seed/demo";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "./harness";
import { SEEDED_DATASET, newReusePayload } from "./new-reuse";

/** Creating, editing, deleting and restoring reuses, and the actions around them. */
type Reuse = {
  id: string;
  slug: string;
  title: string;
  url: string;
  owner: { id: string } | null;
  organization: { id: string } | null;
  datasets: { id: string }[];
  featured: boolean | null;
  image: string | null;
  deleted: string | null;
  private: boolean;
  tags: string[];
};

const DATASET = SEEDED_DATASET;
const OTHER_DATASET = "6155ad9c9c3b0ee5891f3374";
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

async function create(key: string, fields: Record<string, unknown> = {}) {
  return jsonOf<Reuse>(await sandbox.call("/api/1/reuses/", { method: "POST", key, json: newReusePayload(fields) }));
}

function imageForm(bytes: Buffer, type = "image/png"): FormData {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type }), "image.png");
  return form;
}

describe("reuse writes", () => {
  it("creates a reuse owned by the caller (201), or by one of the caller's organizations", async () => {
    const mine = await create(KEYS.producer);
    expect(mine.status).toBe(201);
    expect(mine.body.owner?.id).toBe(DEMO_ACCOUNTS.producer.id);
    expect(mine.body.slug).toBe(`ma-reutilisation-${mine.body.title.split(" ").at(-1) ?? ""}`);
    expect(mine.body.datasets[0]?.id).toBe(DATASET);
    const ours = await create(KEYS.producer, { organization: DEMO_ACCOUNTS.producer.organization.id });
    expect(ours.body.organization?.id).toBe(DEMO_ACCOUNTS.producer.organization.id);
    expect(ours.body.owner).toBeNull();
    const { body: listed } = await jsonOf<{ data: Reuse[] }>(await sandbox.call("/api/1/reuses/?page_size=5"));
    expect(listed.data.map((reuse) => reuse.id)).toContain(ours.body.id);
  });

  it("answers 400 with udata's errors: required fields, duplicate URL, foreign organization, 401 without key", async () => {
    const missing = await jsonOf(
      await sandbox.call("/api/1/reuses/", { method: "POST", key: KEYS.producer, json: { title: "x" } }),
    );
    expect(missing).toEqual({
      status: 400,
      body: {
        errors: {
          description: "Field is required",
          type: "Field is required",
          url: "Field is required",
          urlhash: "Field is required",
          topic: "Field is required",
        },
        message: "ValidationError (Reuse:None) (Field is required: ['description', 'type', 'url', 'urlhash', 'topic'])",
      },
    });
    const first = await create(KEYS.producer);
    const duplicate = await create(KEYS.member, { url: first.body.url });
    expect(duplicate).toEqual({
      status: 400,
      body: { errors: { url: "This URL is already registered" }, message: "This URL is already registered" },
    });
    const foreign = await create(KEYS.member, { organization: DEMO_ACCOUNTS.producer.organization.id });
    expect(foreign.body).toEqual({
      errors: { organization: "Permission denied for this organization" },
      message: "Permission denied for this organization",
    });
    expect((await sandbox.call("/api/1/reuses/", { method: "POST", json: newReusePayload() })).status).toBe(401);
  });

  it("updates like a PATCH, renames the slug and redirects the old one (308), refuses strangers (403)", async () => {
    const { body: reuse } = await create(KEYS.producer, { tags: ["Vélo", "mobilité"] });
    const updated = await jsonOf<Reuse>(
      await sandbox.call(`/api/1/reuses/${reuse.id}/`, {
        method: "PUT",
        key: KEYS.producer,
        json: { title: "Nouveau titre" },
      }),
    );
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      title: "Nouveau titre",
      slug: "nouveau-titre",
      url: reuse.url,
      tags: ["mobilite", "velo"],
    });
    const old = await sandbox.call(`/api/1/reuses/${reuse.slug}/`);
    expect(old.status).toBe(308);
    expect(old.headers.get("location")).toBe("/api/1/reuses/nouveau-titre/");
    const forbidden = await jsonOf(
      await sandbox.call(`/api/1/reuses/${reuse.id}/`, { method: "PUT", key: KEYS.member, json: { title: "x" } }),
    );
    expect(forbidden).toEqual({
      status: 403,
      body: { message: "You do not have the permission to modify that object." },
    });
    const moved = await sandbox.call(`/api/1/reuses/${reuse.id}/`, {
      method: "PUT",
      key: KEYS.producer,
      json: { owner: DEMO_ACCOUNTS.member.id },
    });
    expect(moved.status).toBe(400);
  });

  it("removes a dataset with a PUT of the datasets list", async () => {
    const { body: reuse } = await create(KEYS.producer, { datasets: [DATASET, OTHER_DATASET] });
    const { body } = await jsonOf<Reuse>(
      await sandbox.call(`/api/1/reuses/${reuse.id}/`, {
        method: "PUT",
        key: KEYS.producer,
        json: { datasets: [{ class: "Dataset", id: OTHER_DATASET }] },
      }),
    );
    expect(body.datasets.map((dataset) => dataset.id)).toEqual([OTHER_DATASET]);
  });

  it("soft-deletes (204, then 410) and restores with deleted: null", async () => {
    const { body: reuse } = await create(KEYS.producer);
    expect((await sandbox.call(`/api/1/reuses/${reuse.id}/`, { method: "DELETE", key: KEYS.producer })).status).toBe(
      204,
    );
    expect((await jsonOf(await sandbox.call(`/api/1/reuses/${reuse.id}/`))).body).toEqual({
      message: "This reuse has been deleted",
    });
    expect(
      (await sandbox.call(`/api/1/reuses/${reuse.id}/`, { method: "PUT", key: KEYS.producer, json: { title: "x" } }))
        .status,
    ).toBe(410);
    const restored = await jsonOf<Reuse>(
      await sandbox.call(`/api/1/reuses/${reuse.id}/`, { method: "PUT", key: KEYS.producer, json: { deleted: null } }),
    );
    expect(restored.body.deleted).toBeNull();
    expect((await sandbox.call(`/api/1/reuses/${reuse.id}/`)).status).toBe(200);
  });

  it("adds a dataset: 201, 200 when already there, 404 unknown, 403 not yours", async () => {
    const { body: reuse } = await create(KEYS.producer);
    const add = (id: string, key: string = KEYS.producer) =>
      sandbox.call(`/api/1/reuses/${reuse.id}/datasets/`, { method: "POST", key, json: { id } });
    expect((await add(OTHER_DATASET)).status).toBe(201);
    expect((await add(OTHER_DATASET)).status).toBe(200);
    const classed = await sandbox.call(`/api/1/reuses/${reuse.id}/datasets/`, {
      method: "POST",
      key: KEYS.producer,
      json: { class: "Dataset", id: OTHER_DATASET },
    });
    expect(classed.status).toBe(200);
    expect((await add("000000000000000000000000")).status).toBe(404);
    expect((await jsonOf(await add(OTHER_DATASET, KEYS.member))).body).toEqual({
      message: "You do not have the permission to modify that object.",
    });
  });

  it("uploads an image (PNG, JPEG or WebP, 4 MB at most) and serves its bytes", async () => {
    const { body: reuse } = await create(KEYS.producer);
    const upload = (form: FormData) =>
      sandbox.call(`/api/1/reuses/${reuse.id}/image/`, { method: "POST", key: KEYS.producer, body: form });
    const form = imageForm(PNG);
    form.append("bbox", "0,0,1,1");
    const { status, body } = await jsonOf<{ success: boolean; image: string }>(await upload(form));
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    const served = await fetch(body.image);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await jsonOf<Reuse>(await sandbox.call(`/api/1/reuses/${reuse.id}/`))).body.image).toBe(body.image);
    expect((await upload(imageForm(Buffer.from("GIF89a-not-allowed")))).status).toBe(400);
    expect((await upload(imageForm(Buffer.concat([PNG, Buffer.alloc(4 * 1024 * 1024)])))).status).toBe(400);
  });

  it("lets only admins feature reuses (badges: conformance/badges.test.ts)", async () => {
    const { body: reuse } = await create(KEYS.producer);
    const featured = `/api/1/reuses/${reuse.id}/featured/`;
    expect((await sandbox.call(featured, { method: "POST", key: KEYS.producer })).status).toBe(403);
    expect((await jsonOf<Reuse>(await sandbox.call(featured, { method: "POST", key: KEYS.admin }))).body.featured).toBe(
      true,
    );
    expect(
      (await jsonOf<Reuse>(await sandbox.call(featured, { method: "DELETE", key: KEYS.admin }))).body.featured,
    ).toBe(false);
  });

  it("follows and unfollows", async () => {
    const { body: reuse } = await create(KEYS.producer);
    const path = `/api/1/reuses/${reuse.id}/followers/`;
    expect(await jsonOf(await sandbox.call(path, { method: "POST", key: KEYS.member }))).toEqual({
      status: 201,
      body: { followers: 1 },
    });
    const { body } = await jsonOf<{ total: number; data: { follower: { id: string } }[] }>(await sandbox.call(path));
    expect(body.total).toBe(1);
    expect(body.data[0]?.follower.id).toBe(DEMO_ACCOUNTS.member.id);
    expect(await jsonOf(await sandbox.call(path, { method: "DELETE", key: KEYS.member }))).toEqual({
      status: 200,
      body: { followers: 0 },
    });
    expect((await sandbox.call(path, { method: "DELETE", key: KEYS.member })).status).toBe(404);
  });
});

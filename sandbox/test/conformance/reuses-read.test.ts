import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "../harness";
import { SEEDED_DATASET, createReuse } from "../new-reuse";

/** Reading reuses as udata 17.6 answers: the v1 listing's parameters, one reuse, its slugs, the owners' actions. */
type Reuse = { id: string; slug: string; title: string; featured: boolean | null };
type Page = { data: Reuse[]; total: number };

let sandbox: TestSandbox;
const list = async (query: string) => jsonOf<Page>(await sandbox.call(`/api/1/reuses/${query}`));
const invalid = (param: string, message: string) => ({
  status: 400,
  body: { errors: { [param]: message }, message: "Input payload validation failed" },
});

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

describe("GET /reuses/ parameters", () => {
  it("searches q in titles only, every piece as a phrase — udata/api_fields.py apply_sort_filters, udata/core/reuse/models.py Reuse.meta ($title)", async () => {
    const unique = await createReuse(sandbox, KEYS.producer, {
      title: "Observatoire des zorglubs côtiers",
      description: "Une description qui parle de mirlitons.",
      tags: ["trolloclaste"],
    });
    const ids = async (q: string) => (await list(`?q=${encodeURIComponent(q)}`)).body.data.map((reuse) => reuse.id);
    expect(await ids("ZORGLUBS cotiers")).toEqual([unique.id]);
    expect(await ids("zorglub")).toEqual([unique.id]);
    expect(await ids("mirlitons")).toEqual([]);
    expect(await ids("trolloclaste")).toEqual([]);
    expect(await ids("zorglubs paris")).toEqual([]);
    expect(await ids("orglubs")).toEqual([]);
  });

  it("reads featured as a boolean, false listing the reuses marked not featured — udata/api_fields.py compute_filter (flask_restx.inputs.boolean)", async () => {
    const featured = await list("?featured=true&page_size=50");
    expect(featured.body.total).toBeGreaterThan(0);
    expect(featured.body.data.every((reuse) => reuse.featured === true)).toBe(true);
    const notFeatured = await list("?featured=false&page_size=50");
    expect(notFeatured.body.total).toBeGreaterThan(0);
    expect(notFeatured.body.data.every((reuse) => reuse.featured === false)).toBe(true);
    expect((await list("?featured=0")).body.total).toBe(notFeatured.body.total);
    expect((await list("?featured=ON")).body.total).toBe(featured.body.total);
    expect(await list("?featured=maybe")).toEqual(invalid("featured", "Invalid literal for boolean(): maybe"));
  });

  it("checks type and topic against the model's choices — udata/api_fields.py compute_filter", async () => {
    expect(await list("?type=game")).toEqual(invalid("type", "The value 'game' is not a valid choice for 'type'."));
    expect(await list("?topic=")).toEqual(invalid("topic", "The value '' is not a valid choice for 'topic'."));
  });

  it("refuses ids that are not ObjectIds in the model's words — udata/api_fields.py apply_sort_filters", async () => {
    expect(await list("?owner=not-an-id")).toEqual({ status: 400, body: { message: "`owner` must be an identifier" } });
    expect((await list("?organization=12")).body).toEqual({ message: "`organization` must be an identifier" });
    expect((await list("?dataset=x")).body).toEqual({ message: "`dataset` must be an identifier" });
  });

  it("answers 400 for page=0 and page_size=0, 404 past the last page — udata/api/__init__.py add_pagination_arguments, udata/flask_mongoengine/pagination.py Pagination", async () => {
    expect(await list("?page=0")).toEqual(
      invalid("page", "The page to fetch Invalid page: 0. page must be a positive integer"),
    );
    expect(await list("?page_size=-2")).toEqual(
      invalid("page_size", "The page size to fetch Invalid page_size: -2. page_size must be a positive integer"),
    );
    expect(await list("?page=x")).toEqual(invalid("page", "The page to fetch x is not a valid integer"));
    const { body } = await list("?page_size=100");
    const last = Math.ceil(body.total / 100);
    expect((await list(`?page_size=100&page=${last}`)).status).toBe(200);
    expect((await sandbox.call(`/api/1/reuses/?page_size=100&page=${last + 1}`)).status).toBe(404);
  });
});

describe("GET /reuses/{id}/", () => {
  it("answers 404 for a private and deleted reuse, 410 for a deleted public one — udata/core/reuse/api.py ReuseAPI.get", async () => {
    const hidden = await createReuse(sandbox, KEYS.producer, { private: true });
    const gone = await createReuse(sandbox, KEYS.producer);
    for (const reuse of [hidden, gone]) {
      await sandbox.call(`/api/1/reuses/${reuse.id}/`, { method: "DELETE", key: KEYS.producer });
    }
    expect((await jsonOf(await sandbox.call(`/api/1/reuses/${hidden.id}/`))).status).toBe(404);
    expect((await jsonOf(await sandbox.call(`/api/1/reuses/${hidden.id}/`, { key: KEYS.member }))).status).toBe(404);
    expect(await jsonOf(await sandbox.call(`/api/1/reuses/${gone.id}/`))).toEqual({
      status: 410,
      body: { message: "This reuse has been deleted" },
    });
    expect((await sandbox.call(`/api/1/reuses/${hidden.id}/`, { key: KEYS.producer })).status).toBe(200);
  });

  it("answers 308 from a former slug to the current one, for every method — udata/routing.py ModelConverter.to_python, lazy_raise_or_redirect", async () => {
    const reuse = await createReuse(sandbox, KEYS.producer, { title: "Carte des kiosques" });
    const rename = (id: string, title: string) =>
      sandbox.call(`/api/1/reuses/${id}/`, { method: "PUT", key: KEYS.producer, json: { title } });
    await rename(reuse.id, "Carte des kiosques à journaux");
    await rename(reuse.id, "Plan des kiosques");
    for (const former of ["carte-des-kiosques", "carte-des-kiosques-a-journaux"]) {
      const moved = await sandbox.call(`/api/1/reuses/${former}/?lang=fr`);
      expect(moved.status).toBe(308);
      expect(moved.headers.get("location")).toBe("/api/1/reuses/plan-des-kiosques/");
    }
    const datasets = await sandbox.call("/api/1/reuses/carte-des-kiosques/datasets/", {
      method: "POST",
      key: KEYS.producer,
      json: { id: SEEDED_DATASET },
    });
    expect(datasets.status).toBe(308);
    expect(datasets.headers.get("location")).toBe("/api/1/reuses/plan-des-kiosques/datasets/");
    expect((await sandbox.call("/api/1/reuses/plan-des-kiosques/")).status).toBe(200);
  });

  it("gives a former slug to a new reuse and drops its redirect — udata/mongo/slug_fields.py populate_slug", async () => {
    const first = await createReuse(sandbox, KEYS.producer, { title: "Atlas des lavoirs" });
    await sandbox.call(`/api/1/reuses/${first.id}/`, { method: "PUT", key: KEYS.producer, json: { title: "Lavoirs" } });
    const second = await createReuse(sandbox, KEYS.producer, { title: "Atlas des lavoirs" });
    expect(second.slug).toBe("atlas-des-lavoirs");
    const { body } = await jsonOf<Reuse>(await sandbox.call("/api/1/reuses/atlas-des-lavoirs/"));
    expect(body.id).toBe(second.id);
  });
});

describe("a deleted reuse's datasets and image", () => {
  it("still lets its owner add a dataset and an image, not a stranger — udata/core/reuse/api.py ReuseDatasetsAPI.post, ReuseImageAPI.post", async () => {
    const reuse = await createReuse(sandbox, KEYS.producer);
    await sandbox.call(`/api/1/reuses/${reuse.id}/`, { method: "DELETE", key: KEYS.producer });
    const add = (key: string) =>
      sandbox.call(`/api/1/reuses/${reuse.id}/datasets/`, {
        method: "POST",
        key,
        json: { id: "6155ad9c9c3b0ee5891f3374" },
      });
    expect((await add(KEYS.member)).status).toBe(403);
    expect((await add(KEYS.producer)).status).toBe(201);
    const form = new FormData();
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    form.append("file", new Blob([new Uint8Array(png)], { type: "image/png" }), "image.png");
    const image = await sandbox.call(`/api/1/reuses/${reuse.id}/image/`, {
      method: "POST",
      key: KEYS.producer,
      body: form,
    });
    expect(image.status).toBe(200);
  });
});

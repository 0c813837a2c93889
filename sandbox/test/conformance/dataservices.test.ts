import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "../harness";
import { createReuse } from "../new-reuse";

/** APIs (udata/core/dataservices/) and the reuse's APIs (udata/core/reuse/api.py), as udata answers them. */
type Dataservice = { id: string; slug: string; title: string; private: boolean; organization: { id: string } | null };
type Page = { data: Dataservice[]; total: number; page_size: number };
type Reuse = {
  id: string;
  datasets: unknown[];
  dataservices: { class: string; id: string; title: string; self_api_url: string; self_web_url: string }[];
};

const API_SIRENE = "6661e60fda535e9773c510ca";
const API_BAN = "6662d5ac7769226b9d4f4fc4";
const PRIVATE_ADEME = "24773258639bba1d859a861a";
const ARCHIVED_CEREMA = "25a9f858b73ff29fb3d62e37";
const DELETED_CEREMA = "5f4a830717da7155ec3d8701";

let sandbox: TestSandbox;
const list = async (query: string, key?: string) =>
  jsonOf<Page>(await sandbox.call(`/api/1/dataservices/${query}`, { key }));
const ids = async (query: string, key?: string) => (await list(query, key)).body.data.map(({ id }) => id);

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

describe("GET /dataservices/", () => {
  it("lists neither private, archived nor deleted APIs to anonymous callers, the caller's own ones to their owners — udata/core/dataservices/api.py DataservicesAPI.get, udata/core/owned.py visible_by_user", async () => {
    const anonymous = await ids("?page_size=100");
    expect(anonymous).toContain(API_SIRENE);
    expect(anonymous).not.toContain(PRIVATE_ADEME);
    expect(anonymous).not.toContain(ARCHIVED_CEREMA);
    expect(anonymous).not.toContain(DELETED_CEREMA);
    expect(await ids("?page_size=100", KEYS.producer)).toContain(PRIVATE_ADEME);
    expect(await ids("?page_size=100", KEYS.member)).toEqual(expect.arrayContaining([ARCHIVED_CEREMA, DELETED_CEREMA]));
    expect((await list("")).body.page_size).toBe(20);
  });

  it("searches q in titles, every piece as a phrase, and filters on a reuse's APIs — udata/api_fields.py apply_sort_filters, udata/core/dataservices/models.py filter_by_reuse", async () => {
    expect(await ids("?q=sirene")).toEqual([API_SIRENE]);
    expect(await ids("?q=API%20adresse")).toEqual([API_BAN]);
    expect(await ids("?q=zorglub")).toEqual([]);
    const reuse = await createReuse(sandbox, KEYS.producer, { dataservices: [API_BAN] });
    expect(await ids(`?reuse=${reuse.id}`)).toEqual([API_BAN]);
    expect((await list("?reuse=nope")).body).toEqual({ message: "`reuse` must be an identifier" });
  });
});

describe("GET /dataservices/{id}/", () => {
  it("answers by id or slug; 404 private, 410 deleted, unless the caller may edit it — udata/core/dataservices/api.py DataserviceAPI.get", async () => {
    const bySlug = await jsonOf<Dataservice>(await sandbox.call("/api/1/dataservices/api-sirene/"));
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.id).toBe(API_SIRENE);
    expect(bySlug.body.organization?.id).toBe("534fff81a3a7292c64a77e5c");
    expect((await sandbox.call(`/api/1/dataservices/${PRIVATE_ADEME}/`)).status).toBe(404);
    expect((await sandbox.call(`/api/1/dataservices/${PRIVATE_ADEME}/`, { key: KEYS.producer })).status).toBe(200);
    expect(await jsonOf(await sandbox.call(`/api/1/dataservices/${DELETED_CEREMA}/`))).toEqual({
      status: 410,
      body: { message: "Dataservice has been deleted" },
    });
    expect((await sandbox.call(`/api/1/dataservices/${ARCHIVED_CEREMA}/`)).status).toBe(200);
  });
});

describe("the page behind self_web_url", () => {
  it("answers the API's page, naming it; a private one is not found — udata/core/dataservices/models.py Dataservice.self_web_url", async () => {
    const page = await sandbox.call("/dataservices/api-sirene");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<h1>API Sirene</h1>");
    expect((await sandbox.call("/dataservices/api-aides-financieres-de-l-ademe")).status).toBe(404);
  });
});

describe("POST /reuses/{id}/dataservices/", () => {
  it("adds an API (201), is a no-op for one already there (200), and v1 embeds references — udata/core/reuse/api.py ReuseDataservicesAPI.post", async () => {
    const reuse = await createReuse(sandbox, KEYS.producer);
    const add = () =>
      sandbox.call(`/api/1/reuses/${reuse.id}/dataservices/`, {
        method: "POST",
        key: KEYS.producer,
        json: { id: API_SIRENE },
      });
    const first = await jsonOf<Reuse>(await add());
    expect(first.status).toBe(201);
    expect(first.body.dataservices).toEqual([
      {
        class: "Dataservice",
        id: API_SIRENE,
        self_api_url: `${sandbox.url}/api/1/dataservices/api-sirene/`,
        self_web_url: `${sandbox.url}/dataservices/api-sirene`,
        title: "API Sirene",
      },
    ]);
    const again = await jsonOf<Reuse>(await add());
    expect(again.status).toBe(200);
    expect(again.body.dataservices).toHaveLength(1);
  });

  it("answers 400 without id, a plain 404 for an unknown one, 403 for someone else's reuse — udata/core/reuse/api.py ReuseDataservicesAPI.post, udata/flask_mongoengine/document.py get_or_404", async () => {
    const reuse = await createReuse(sandbox, KEYS.producer);
    const post = (json: unknown, key: string = KEYS.producer) =>
      sandbox.call(`/api/1/reuses/${reuse.id}/dataservices/`, { method: "POST", key, json });
    expect(await jsonOf(await post({}))).toEqual({ status: 400, body: { message: "Expect a dataservice identifier" } });
    const unknown = await jsonOf<{ message: string }>(await post({ id: "0123456789abcdef01234567" }));
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).not.toContain("does not exists");
    expect((await post({ id: API_SIRENE }, KEYS.member)).status).toBe(403);
  });

  it("removes an API by writing the list back with PUT, refusing unknown ones — udata/api_fields.py patch (wrap_primary_key)", async () => {
    const reuse = await createReuse(sandbox, KEYS.producer, { dataservices: [API_SIRENE, API_BAN] });
    const put = (json: unknown) =>
      sandbox.call(`/api/1/reuses/${reuse.id}/`, { method: "PUT", key: KEYS.producer, json });
    const removed = await jsonOf<Reuse>(await put({ dataservices: [API_BAN] }));
    expect(removed.body.dataservices.map(({ id }) => id)).toEqual([API_BAN]);
    const refused = await jsonOf<{ message: string }>(await put({ dataservices: ["0123456789abcdef01234567"] }));
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe("Unknown reference '0123456789abcdef01234567'");
  });
});

describe("visibility of a reuse with APIs only", () => {
  it("is read and listed in v1 but left out of search, which wants a dataset; its APIs link counts them — udata/core/reuse/models.py ReuseQuerySet.visible, udata/core/reuse/apiv2.py reuse_fields", async () => {
    const reuse = await createReuse(sandbox, KEYS.producer, {
      title: "Carte des sièges sociaux par API",
      datasets: [],
      dataservices: [API_SIRENE],
    });
    const read = await jsonOf<Reuse>(await sandbox.call(`/api/1/reuses/${reuse.id}/`));
    expect(read.status).toBe(200);
    expect(read.body.datasets).toEqual([]);
    expect(read.body.dataservices.map(({ id }) => id)).toEqual([API_SIRENE]);
    const search = await jsonOf<{ total: number }>(
      await sandbox.call(`/api/2/reuses/search/?q=${encodeURIComponent("sièges sociaux par API")}`),
    );
    expect(search.body.total).toBe(0);
    const linked = await createReuse(sandbox, KEYS.producer, {
      title: "Annuaire des zorglubs",
      dataservices: [API_SIRENE],
    });
    const found = await jsonOf<{ data: { id: string; dataservices: { total: number; href: string } }[] }>(
      await sandbox.call("/api/2/reuses/search/?q=zorglubs"),
    );
    expect(found.body.data.map(({ id }) => id)).toEqual([linked.id]);
    expect(found.body.data[0]?.dataservices.total).toBe(1);
    const sirene = await jsonOf<{ metrics: { reuses: number } }>(
      await sandbox.call(`/api/1/dataservices/${API_SIRENE}/`),
    );
    expect(sirene.body.metrics.reuses).toBeGreaterThanOrEqual(2);
  });
});

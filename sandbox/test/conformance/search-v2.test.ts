import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../seed/demo";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "../harness";

/** `GET /api/2/reuses/search/` as udata and its search service answer it. */
type Link = { rel: string; href: string; type: string; total: number };
type Item = {
  id: string;
  title: string;
  featured: boolean | null;
  archived: string | null;
  organization: { id: string } | null;
  owner: { id: string } | null;
  datasets: Link;
  dataservices: Link;
  metrics: { views: number; datasets: number };
  last_modified: string;
};
type SearchPage = {
  data: Item[];
  page: number;
  page_size: number;
  total: number;
  next_page: string | null;
  previous_page: string | null;
};

const DATASET = "5b7ffc618b4c4169d30727e0";
const NO_DATASET_REUSE = "64d8f602d78e4fbae0f472b9";
const WORD = "zorglubophone";

let sandbox: TestSandbox;
const search = async (query: string, fields?: string) =>
  jsonOf<SearchPage>(await sandbox.call(`/api/2/reuses/search/${query}`, { fields }));

async function create(fields: Record<string, unknown>): Promise<Item> {
  const reuse = { description: "Une description.", type: "application", topic: "health", datasets: [DATASET] };
  const answer = await sandbox.call("/api/1/reuses/", {
    method: "POST",
    key: KEYS.producer,
    json: { ...reuse, ...fields },
  });
  return (await jsonOf<Item>(answer)).body;
}

let inTitle: Item;
let inDescription: Item;
beforeAll(async () => {
  sandbox = await startTestSandbox();
  inDescription = await create({
    title: "Une carte",
    description: `Faite avec le ${WORD}.`,
    url: "https://example.org/d",
  });
  inTitle = await create({ title: `Le ${WORD} des communes`, url: "https://example.org/t" });
});
afterAll(() => sandbox.close());

describe("GET /api/2/reuses/search/", () => {
  it("lists only visible reuses: not private, not deleted, with a dataset — udata/core/reuse/models.py ReuseQuerySet.visible", async () => {
    const listed = await jsonOf<{ total: number }>(await sandbox.call("/api/1/reuses/?page_size=1"));
    const { body } = await search("?page_size=1");
    expect(body.total).toBeLessThan(listed.body.total);
    const mine = await search(`?owner=${DEMO_ACCOUNTS.producer.id}&page_size=50`);
    expect(mine.body.data.every((reuse) => reuse.owner?.id === DEMO_ACCOUNTS.producer.id)).toBe(true);
    const withKey = await sandbox.call(`/api/2/reuses/search/?owner=${DEMO_ACCOUNTS.producer.id}`, {
      key: KEYS.producer,
    });
    // Private and deleted reuses stay out, even for their owner: search only indexes visible ones.
    expect((await jsonOf<SearchPage>(withKey)).body.total).toBe(mine.body.total);
    const all = await search(`?q=${NO_DATASET_REUSE}`);
    expect(all.body.data.map((reuse) => reuse.id)).not.toContain(NO_DATASET_REUSE);
  });

  it("answers datasets and dataservices as links — udata/core/reuse/apiv2.py reuse_fields", async () => {
    const { body } = await search(`?q=${WORD}`);
    const item = body.data.find((reuse) => reuse.id === inTitle.id);
    expect(item?.datasets).toEqual({
      rel: "subsection",
      href: `${sandbox.url}/api/2/datasets/?reuse=${inTitle.id}&page=1&page_size=50`,
      type: "GET",
      total: 1,
    });
    expect(item?.dataservices).toEqual({
      rel: "subsection",
      href: `${sandbox.url}/api/1/dataservices/?reuse=${inTitle.id}&page=1&page_size=50`,
      type: "GET",
      total: 0,
    });
  });

  it("ranks a title match above a description match — udata_search_service/search_clients.py ElasticClient.query_reuses", async () => {
    const { body } = await search(`?q=${WORD}`);
    expect(body.data.map((reuse) => reuse.id)).toEqual([inTitle.id, inDescription.id]);
  });

  it("matches every word of the query, stop words aside — udata_search_service/search_clients.py ElasticClient.query_reuses", async () => {
    expect((await search(`?q=${encodeURIComponent(`les ${WORD} communes`)}`)).body.data.map((r) => r.id)).toEqual([
      inTitle.id,
    ]);
  });

  it("puts featured reuses first without a query or a sort (popularity score) — udata_search_service/search_clients.py ElasticClient.query_reuses", async () => {
    const featured = (await search("?featured=true&page_size=1")).body.total;
    expect(featured).toBeGreaterThan(0);
    const { body } = await search(`?page_size=${featured + 1}`);
    expect(body.data.slice(0, featured).every((reuse) => reuse.featured === true)).toBe(true);
    expect(body.data[featured]?.featured).not.toBe(true);
  });

  it("sorts by views, descending with a leading - — udata/core/reuse/search.py ReuseSearch.sorts", async () => {
    const views = (await search("?sort=-views&page_size=50")).body.data.map((reuse) => reuse.metrics.views);
    expect(views).toEqual([...views].sort((a, b) => b - a));
    const refused = await jsonOf(await sandbox.call("/api/2/reuses/search/?sort=title"));
    expect(refused).toEqual({
      status: 400,
      body: {
        errors: {
          sort: "The field (and direction) on which sorting apply The value 'title' is not a valid choice for 'sort'.",
        },
        message: "Input payload validation failed",
      },
    });
  });

  it("filters by producer type — udata/core/organization/helpers.py get_producer_type", async () => {
    const users = (await search("?producer_type=user&page_size=50")).body;
    expect(users.total).toBeGreaterThan(0);
    expect(users.data.every((reuse) => reuse.organization === null)).toBe(true);
    const services = (await search("?producer_type=public-service&page_size=50")).body;
    expect(services.data.every((reuse) => reuse.organization !== null)).toBe(true);
    expect((await sandbox.call("/api/2/reuses/search/?producer_type=state")).status).toBe(400);
  });

  it("filters by last update range — udata_search_service/search_clients.py ElasticClient.query_reuses", async () => {
    const recent = (await search("?last_update_range=last_30_days&page_size=100")).body;
    expect(recent.data.map((reuse) => reuse.id)).toEqual(expect.arrayContaining([inTitle.id, inDescription.id]));
    const since = Date.now() - 31 * 24 * 3600 * 1000;
    expect(recent.data.every((reuse) => Date.parse(reuse.last_modified) >= since)).toBe(true);
  });

  it("filters archived and featured as booleans — udata/search/fields.py BoolFilter", async () => {
    const archived = (await search("?archived=true&page_size=20")).body;
    expect(archived.total).toBeGreaterThan(0);
    expect(archived.data.every((reuse) => reuse.archived !== null)).toBe(true);
    const notFeatured = (await search("?featured=false&page_size=20")).body;
    expect(notFeatured.data.every((reuse) => reuse.featured !== true)).toBe(true);
    const refused = await jsonOf(await sandbox.call("/api/2/reuses/search/?featured=maybe"));
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      errors: { featured: "Invalid literal for boolean(): maybe" },
      message: "Input payload validation failed",
    });
  });

  it("does not check ids: an unknown owner finds nothing — udata/search/fields.py ModelTermsFilter", async () => {
    expect(await search("?owner=not-an-id")).toMatchObject({ status: 200, body: { total: 0, data: [], page: 1 } });
  });

  it("pages like the search pager: empty past the last page, 400 for page 0 — udata/search/query.py SearchQuery", async () => {
    const first = await search("?page_size=2&tag=x");
    expect(Object.keys(first.body).sort()).toEqual([
      "data",
      "next_page",
      "page",
      "page_size",
      "previous_page",
      "total",
    ]);
    const second = await search(`?q=${WORD}&page_size=1&page=2`);
    expect(second.body).toMatchObject({ page: 2, page_size: 1, total: 2, next_page: null });
    expect(second.body.previous_page).toBe(`${sandbox.url}/api/2/reuses/search/?q=${WORD}&page_size=1&page=1`);
    expect((await search(`?q=${WORD}&page=9`)).body).toMatchObject({ data: [], page: 9, total: 2 });
    expect(await jsonOf(await sandbox.call("/api/2/reuses/search/?page=0"))).toEqual({
      status: 400,
      body: {
        errors: { page: "The page to fetch Invalid page: 0. page must be a positive integer" },
        message: "Input payload validation failed",
      },
    });
    const window = await jsonOf<{ message: string }>(
      await sandbox.call("/api/2/reuses/search/?page=101&page_size=100"),
    );
    expect(window.status).toBe(400);
    expect(window.body.message).toMatch(/^Result window is too large: page 101 with page_size 100/);
  });

  it("masks items with X-Fields — udata/api (flask-restx marshal_with)", async () => {
    const { body } = await search(`?q=${WORD}`, "data{id,datasets{total}},total");
    expect(body).toEqual({
      data: [
        { id: inTitle.id, datasets: { total: 1 } },
        { id: inDescription.id, datasets: { total: 1 } },
      ],
      total: 2,
    });
  });
});

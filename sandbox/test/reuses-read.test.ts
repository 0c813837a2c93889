import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REUSE_TYPES } from "../constants";
import { type TestSandbox, jsonOf, startTestSandbox } from "./harness";

/** The reuse listing (filters, q, sort, pages, masks) and the other reads. */
type Reuse = {
  id: string;
  slug: string;
  title: string;
  type: string;
  topic: string;
  tags: string[];
  created_at: string;
  featured: boolean | null;
  organization: { id: string } | null;
  owner: { id: string } | null;
  datasets: { id: string }[];
  metrics: { views: number; datasets: number };
};
type Page = {
  data: Reuse[];
  total: number;
  page: number;
  page_size: number;
  next_page: string | null;
  previous_page: string | null;
};

let sandbox: TestSandbox;
const list = async (query: string, fields?: string) =>
  jsonOf<Page>(await sandbox.call(`/api/1/reuses/${query}`, { fields }));

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

describe("GET /reuses/", () => {
  it("pages the public reuses, newest first, with absolute next and previous pages", async () => {
    const first = await list("?page_size=5");
    expect(first.status).toBe(200);
    expect(first.body.data).toHaveLength(5);
    expect(first.body.total).toBeGreaterThan(2900);
    expect(first.body.previous_page).toBeNull();
    expect(first.body.next_page).toBe(`${sandbox.url}/api/1/reuses/?page_size=5&page=2`);
    const dates = first.body.data.map((reuse) => reuse.created_at);
    expect([...dates].sort().reverse()).toEqual(dates);
    const second = await jsonOf<Page>(await fetch(first.body.next_page ?? ""));
    expect(second.body.page).toBe(2);
    expect(second.body.previous_page).toBe(`${sandbox.url}/api/1/reuses/?page_size=5&page=1`);
    expect(second.body.data[0]?.id).not.toBe(first.body.data[0]?.id);
  });

  it("answers 404 past the last page and 400 for a page that is not a number", async () => {
    expect((await list("?page=100000")).status).toBe(404);
    const bad = await list("?page=abc");
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      message: "Input payload validation failed",
      errors: { page: expect.any(String) },
    });
  });

  it("filters by type, topic, every tag, organization, dataset, owner and featured", async () => {
    const { body: api } = await list("?type=api&page_size=100");
    expect(api.data.every((reuse) => reuse.type === "api")).toBe(true);
    const { body: health } = await list("?topic=health&page_size=100");
    expect(health.total).toBeGreaterThan(0);
    expect(health.data.every((reuse) => reuse.topic === "health")).toBe(true);
    const { body: tagged } = await list("?tag=covid19&tag=vaccination&page_size=100");
    expect(tagged.total).toBeGreaterThan(0);
    expect(tagged.data.every((reuse) => reuse.tags.includes("covid19") && reuse.tags.includes("vaccination"))).toBe(
      true,
    );
    const sample = api.data.find((reuse) => reuse.organization) ?? api.data[0];
    const { body: byOrg } = await list(`?organization=${sample?.organization?.id ?? ""}`);
    expect(byOrg.data.every((reuse) => reuse.organization?.id === sample?.organization?.id)).toBe(true);
    const datasetId = sample?.datasets[0]?.id ?? "";
    const { body: byDataset } = await list(`?dataset=${datasetId}`);
    expect(byDataset.data.some((reuse) => reuse.id === sample?.id)).toBe(true);
    const owned = health.data.find((reuse) => reuse.owner);
    const { body: byOwner } = await list(`?owner=${owned?.owner?.id ?? ""}`);
    expect(byOwner.data.every((reuse) => reuse.owner?.id === owned?.owner?.id)).toBe(true);
    const { body: featured } = await list("?featured=true&page_size=100");
    expect(featured.total).toBeGreaterThan(0);
    expect(featured.data.every((reuse) => reuse.featured === true)).toBe(true);
  });

  it("needs every word of q in the title, ignoring accents and case", async () => {
    const { body } = await list("?q=VELO%20Paris&page_size=100");
    expect(body.total).toBeGreaterThan(0);
    expect(body.data.every((reuse) => /v[eé]lo/i.test(reuse.title) && /paris/i.test(reuse.title))).toBe(true);
    const { body: accented } = await list("?q=v%C3%A9lo%20paris&page_size=100");
    expect(accented.total).toBe(body.total);
    const { body: none } = await list("?q=velo%20zzzqqq");
    expect(none.total).toBe(0);
  });

  it("sorts by every documented key, both ways", async () => {
    for (const key of ["title", "created", "last_modified", "datasets", "followers", "views"]) {
      const ascending = await list(`?sort=${key}&page_size=3`);
      const descending = await list(`?sort=-${key}&page_size=3`);
      expect(ascending.status).toBe(200);
      expect(descending.body.data[0]?.id).not.toBe(ascending.body.data[0]?.id);
    }
    const { body } = await list("?sort=-views&page_size=10");
    const views = body.data.map((reuse) => reuse.metrics.views);
    expect([...views].sort((a, b) => b - a)).toEqual(views);
  });

  it("answers udata's 400 for bad sorts", async () => {
    const sort = await list("?sort=popularity");
    expect(sort.status).toBe(400);
    expect(sort.body).toMatchObject({ errors: { sort: expect.stringContaining("not a valid choice") } });
  });

  it("applies flat and nested X-Fields masks", async () => {
    const { body } = await list("?page_size=2", "data{id,title,organization{name},owner{slug}},total");
    expect(Object.keys(body).sort()).toEqual(["data", "total"]);
    for (const reuse of body.data) {
      expect(Object.keys(reuse).sort()).toEqual(["id", "organization", "owner", "title"]);
      if (reuse.organization) expect(Object.keys(reuse.organization)).toEqual(["name"]);
    }
    const flat = await jsonOf(await sandbox.call(`/api/1/reuses/${body.data[0]?.id ?? ""}/`, { fields: "id,slug" }));
    expect(Object.keys(flat.body).sort()).toEqual(["id", "slug"]);
    const broken = await list("", "data{id");
    expect(broken.status).toBe(400);
    expect(broken.body).toEqual({ message: "Mask parse error: Missing closing bracket" });
  });
});

describe("other reads", () => {
  it("gets a reuse by id and by slug", async () => {
    const { body } = await list("?page_size=1");
    const reuse = body.data[0];
    const byId = await jsonOf<Reuse>(await sandbox.call(`/api/1/reuses/${reuse?.id ?? ""}/`));
    const bySlug = await jsonOf<Reuse>(await sandbox.call(`/api/1/reuses/${reuse?.slug ?? ""}/`));
    expect(byId.status).toBe(200);
    expect(bySlug.body.id).toBe(reuse?.id);
  });

  it("suggests reuses, datasets and organizations as plain arrays", async () => {
    const reuses = await jsonOf<Record<string, unknown>[]>(await sandbox.call("/api/1/reuses/suggest/?q=covid&size=3"));
    expect(reuses.body).toHaveLength(3);
    expect(Object.keys(reuses.body[0] ?? {}).sort()).toEqual(["id", "image_url", "page", "slug", "title"]);
    const datasets = await jsonOf<Record<string, unknown>[]>(
      await sandbox.call("/api/1/datasets/suggest/?q=sirene&size=2"),
    );
    expect(Object.keys(datasets.body[0] ?? {}).sort()).toEqual(["acronym", "id", "image_url", "page", "slug", "title"]);
    const organizations = await jsonOf<Record<string, unknown>[]>(
      await sandbox.call("/api/1/organizations/suggest/?q=insee"),
    );
    expect(Object.keys(organizations.body[0] ?? {}).sort()).toEqual([
      "acronym",
      "id",
      "image_url",
      "name",
      "page",
      "slug",
    ]);
    expect((await sandbox.call("/api/1/reuses/suggest/")).status).toBe(400);
  });

  it("gets and lists datasets and organizations, by id or slug, with q", async () => {
    const dataset = await jsonOf<{ id: string; slug: string }>(
      await sandbox.call("/api/1/datasets/5b7ffc618b4c4169d30727e0/"),
    );
    expect(dataset.status).toBe(200);
    expect((await sandbox.call(`/api/1/datasets/${dataset.body.slug}/`)).status).toBe(200);
    const datasets = await jsonOf<Page>(await sandbox.call("/api/1/datasets/?q=sirene&page_size=5"));
    expect(datasets.body.total).toBeGreaterThan(0);
    const organization = await jsonOf<{ slug: string }>(
      await sandbox.call("/api/1/organizations/534fff81a3a7292c64a77e5c/"),
    );
    expect((await sandbox.call(`/api/1/organizations/${organization.body.slug}/`)).status).toBe(200);
    const organizations = await jsonOf<{ total: number }>(await sandbox.call("/api/1/organizations/?q=insee"));
    expect(organizations.body.total).toBeGreaterThan(0);
  });

  it("serves the images it answers with", async () => {
    const { body } = await list("?page_size=20", "data{image,image_thumbnail,organization{logo}}");
    const withImage = body.data
      .map((reuse) => reuse as unknown as { image: string | null })
      .find((reuse) => reuse.image);
    const image = await fetch(withImage?.image ?? "");
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/svg+xml");
    expect(await image.text()).toContain("<svg");
  });

  it("draws a seeded reuse's image as a thumbnail: its title, its type's label, its producer's name", async () => {
    const fields = "data{title,type,image,organization{name},owner{first_name,last_name}}";
    type Drawn = {
      title: string;
      type: string;
      image: string | null;
      organization: { name: string } | null;
      owner: { first_name: string; last_name: string } | null;
    };
    const { body } = await list("?page_size=200&sort=title", fields);
    const reuses = body.data.map((reuse) => reuse as unknown as Drawn).filter((reuse) => reuse.image);
    const byOrganization = reuses.find((reuse) => reuse.organization && reuse.title.split(" ").length <= 4);
    const byPerson = reuses.find((reuse) => !reuse.organization && reuse.owner);
    expect(byOrganization).toBeDefined();
    expect(byPerson).toBeDefined();
    for (const reuse of [byOrganization, byPerson]) {
      if (!reuse) continue;
      const label = REUSE_TYPES.find((type) => type.id === reuse.type)?.fr.toLocaleUpperCase("fr");
      const svg = await (await fetch(reuse.image ?? "")).text();
      const producer = reuse.organization?.name ?? `${reuse.owner?.first_name} ${reuse.owner?.last_name}`;
      const escaped = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
      expect(svg).toContain(escaped(reuse.title.split(" ")[0] ?? ""));
      expect(svg).toContain(`>${escaped(producer)}</text>`);
      expect(svg).toContain(`>${label}</text>`);
    }
  });
});

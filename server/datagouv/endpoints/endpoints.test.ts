import { afterEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import { z } from "zod";

import { env } from "~/server/env";

import { UpstreamError } from "../errors";
import { organizationRefSchema } from "../schemas/organization";
import { reuseSchema, type Reuse } from "../schemas/reuse";
import { BAD_SLUGS, fetchCall, headerOf, jsonResponse, rejectionOf, sandboxData, stubFetch } from "../test-utils";
import { getDataset, suggestDatasets } from "./datasets";
import { listDataservices } from "./dataservices";
import { clearApiKey, deleteMe, getMe, getMyMetrics, regenerateApiKey, updateMe, uploadAvatar } from "./me";
import {
  listMyDatasets,
  listMyOrgCommunityResources,
  listMyOrgDatasets,
  listMyOrgDiscussions,
  listMyOrgReuses,
  listMyReuses,
} from "./me-lists";
import { getOrganization, suggestOrganizations } from "./organizations";
import * as writes from "./reuse-writes";
import { listReportReasons } from "./reports";
import {
  getReuse,
  listReuseBadgeKinds,
  listReuseFollowers,
  listReuseTopics,
  listReuseTypes,
  searchReuses,
  suggestReuses,
} from "./reuses";
import { createApiToken, listApiTokens, revokeApiToken } from "./tokens";

const API = `${env.DATAGOUV_URL}/api/1`;
const KEY = "producer-key";
const ID = "5ffef32a6060d042e05fa651";

const fixtures = z.array(z.record(z.string(), z.unknown())).parse(sandboxData("udata-fixtures-2024-11-21.json"));
const first = z
  .object({ reuses: z.array(z.unknown()).min(1), dataset: z.unknown(), discussions: z.array(z.unknown()) })
  .parse(fixtures[0]);
const REUSE = first.reuses[0];
const DATASET = first.dataset;
const ORGANIZATION = sandboxData("samples/organization.json");
const USER = {
  id: ID,
  slug: "ada",
  first_name: "Ada",
  last_name: "L",
  avatar: null,
  avatar_thumbnail: null,
  page: "p",
  uri: "u",
};
const ME = { ...USER, email: "a@b.fr", roles: [], organizations: [], since: "2020-01-01T00:00:00+00:00", apikey: KEY };
const TOKEN = { id: ID, name: "CI", token_prefix: "abcd1234", created_at: "2026-01-01T00:00:00+00:00" };
const pageOf = (data: unknown[]) => ({
  data,
  total: data.length,
  page: 1,
  page_size: 20,
  next_page: null,
  previous_page: null,
});
const png = () => new Blob([new Uint8Array([137, 80, 78, 71])], { type: "image/png" });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

interface Case {
  call: () => Promise<unknown>;
  method: string;
  url: string;
  key: boolean;
  answer?: unknown;
  status?: number;
  body?: unknown;
}

const CASES: Record<string, Case> = {
  getReuse: { call: () => getReuse("barometre"), method: "GET", url: "/reuses/barometre/", key: false, answer: REUSE },
  suggestReuses: {
    call: () => suggestReuses({ q: "bar", size: 5 }),
    method: "GET",
    url: "/reuses/suggest/?q=bar&size=5",
    key: false,
    answer: [{ id: ID, title: "T", slug: "t", image_url: null }],
  },
  listReuseFollowers: {
    call: () => listReuseFollowers(ID, { page: 2 }),
    method: "GET",
    url: `/reuses/${ID}/followers/?page=2`,
    key: false,
    answer: pageOf([{ id: ID, follower: USER, since: "2020" }]),
  },
  listReuseTypes: {
    call: () => listReuseTypes("en"),
    method: "GET",
    url: "/reuses/types/?lang=en",
    key: false,
    answer: [{ id: "api", label: "API" }],
  },
  listReuseTopics: {
    call: () => listReuseTopics("fr"),
    method: "GET",
    url: "/reuses/topics/?lang=fr",
    key: false,
    answer: [{ id: "health", label: "Santé" }],
  },
  listReuseBadgeKinds: {
    call: () => listReuseBadgeKinds("en"),
    method: "GET",
    url: "/reuses/badges/?lang=en",
    key: false,
    answer: { spotlight: "Spotlight" },
  },
  listReportReasons: {
    call: () => listReportReasons("en"),
    method: "GET",
    url: "/reports/reasons/?lang=en",
    key: false,
    answer: [{ value: "spam", label: "Spam" }],
  },
  createReuse: {
    call: () =>
      writes.createReuse(KEY, { title: "T", description: "D", type: "api", topic: "health", url: "https://t.fr/" }),
    method: "POST",
    url: "/reuses/",
    key: true,
    answer: REUSE,
    status: 201,
    body: { title: "T", description: "D", type: "api", topic: "health", url: "https://t.fr/" },
  },
  updateReuse: {
    call: () => writes.updateReuse(KEY, "t", { deleted: null }),
    method: "PUT",
    url: "/reuses/t/",
    key: true,
    answer: REUSE,
    body: { deleted: null },
  },
  deleteReuse: {
    call: () => writes.deleteReuse(KEY, ID),
    method: "DELETE",
    url: `/reuses/${ID}/`,
    key: true,
    status: 204,
  },
  uploadReuseImage: {
    call: () => writes.uploadReuseImage(KEY, "t", { file: png(), bbox: [0, 0, 10, 10] }),
    method: "POST",
    url: "/reuses/t/image/",
    key: true,
    answer: { success: true, image: "https://i/x.png" },
  },
  addReuseDataset: {
    call: () => writes.addReuseDataset(KEY, "t", ID),
    method: "POST",
    url: "/reuses/t/datasets/",
    key: true,
    answer: REUSE,
    status: 201,
    body: { id: ID },
  },
  addReuseDataservice: {
    call: () => writes.addReuseDataservice(KEY, "t", ID),
    method: "POST",
    url: "/reuses/t/dataservices/",
    key: true,
    answer: REUSE,
    status: 201,
    body: { id: ID },
  },
  listDataservices: {
    call: () => listDataservices({ q: "sirene", page_size: 8 }),
    method: "GET",
    url: "/dataservices/?page_size=8&q=sirene",
    key: false,
    answer: { data: [], next_page: null, page: 1, page_size: 8, previous_page: null, total: 0 },
  },
  featureReuse: {
    call: () => writes.featureReuse(KEY, "t"),
    method: "POST",
    url: "/reuses/t/featured/",
    key: true,
    answer: REUSE,
  },
  unfeatureReuse: {
    call: () => writes.unfeatureReuse(KEY, "t"),
    method: "DELETE",
    url: "/reuses/t/featured/",
    key: true,
    answer: REUSE,
  },
  addReuseBadge: {
    call: () => writes.addReuseBadge(KEY, "t", { kind: "certified" }),
    method: "POST",
    url: "/reuses/t/badges/",
    key: true,
    answer: { kind: "certified" },
    body: { kind: "certified" },
  },
  removeReuseBadge: {
    call: () => writes.removeReuseBadge(KEY, "t", "certified"),
    method: "DELETE",
    url: "/reuses/t/badges/certified/",
    key: true,
    status: 204,
  },
  getDataset: { call: () => getDataset(ID), method: "GET", url: `/datasets/${ID}/`, key: false, answer: DATASET },
  suggestDatasets: {
    call: () => suggestDatasets({ q: "pop" }),
    method: "GET",
    url: "/datasets/suggest/?q=pop",
    key: false,
    answer: [{ id: ID, title: "Population", slug: "population" }],
  },
  suggestOrganizations: {
    call: () => suggestOrganizations({ q: "eta" }),
    method: "GET",
    url: "/organizations/suggest/?q=eta",
    key: false,
    answer: [{ id: ID, name: "Etalab", slug: "etalab" }],
  },
  getOrganization: {
    call: () => getOrganization(ID),
    method: "GET",
    url: `/organizations/${ID}/`,
    key: false,
    answer: ORGANIZATION,
  },
  getMe: { call: () => getMe(KEY), method: "GET", url: "/me/", key: true, answer: ME },
  updateMe: {
    call: () => updateMe(KEY, { about: "Bonjour" }),
    method: "PUT",
    url: "/me/",
    key: true,
    answer: ME,
    body: { about: "Bonjour" },
  },
  deleteMe: { call: () => deleteMe(KEY), method: "DELETE", url: "/me/", key: true, status: 204 },
  regenerateApiKey: {
    call: () => regenerateApiKey(KEY),
    method: "POST",
    url: "/me/apikey/",
    key: true,
    answer: { apikey: "new-key" },
    status: 201,
  },
  clearApiKey: { call: () => clearApiKey(KEY), method: "DELETE", url: "/me/apikey/", key: true, status: 204 },
  uploadAvatar: {
    call: () => uploadAvatar(KEY, { file: png() }),
    method: "POST",
    url: "/me/avatar/",
    key: true,
    answer: { image: "https://i/a.png" },
  },
  getMyMetrics: {
    call: () => getMyMetrics(KEY),
    method: "GET",
    url: "/me/metrics/",
    key: true,
    answer: [{ id: ID, datasets_count: 2 }],
  },
  listMyDatasets: {
    call: () => listMyDatasets(KEY),
    method: "GET",
    url: "/me/datasets/",
    key: true,
    answer: [DATASET],
  },
  listMyReuses: { call: () => listMyReuses(KEY), method: "GET", url: "/me/reuses/", key: true, answer: [REUSE] },
  listMyOrgReuses: {
    call: () => listMyOrgReuses(KEY, { q: "bar" }),
    method: "GET",
    url: "/me/org_reuses/?q=bar",
    key: true,
    answer: [REUSE],
  },
  listMyOrgDatasets: {
    call: () => listMyOrgDatasets(KEY),
    method: "GET",
    url: "/me/org_datasets/",
    key: true,
    answer: [DATASET],
  },
  listMyOrgDiscussions: {
    call: () => listMyOrgDiscussions(KEY),
    method: "GET",
    url: "/me/org_discussions/",
    key: true,
    answer: first.discussions,
  },
  listMyOrgCommunityResources: {
    call: () => listMyOrgCommunityResources(KEY),
    method: "GET",
    url: "/me/org_community_resources/",
    key: true,
    answer: [],
  },
  listApiTokens: { call: () => listApiTokens(KEY), method: "GET", url: "/me/api_tokens/", key: true, answer: [TOKEN] },
  createApiToken: {
    call: () => createApiToken(KEY, { name: "CI" }),
    method: "POST",
    url: "/me/api_tokens/",
    key: true,
    answer: { ...TOKEN, token: "udata_x" },
    status: 201,
    body: { name: "CI" },
  },
  revokeApiToken: {
    call: () => revokeApiToken(KEY, ID),
    method: "DELETE",
    url: `/me/api_tokens/${ID}/`,
    key: true,
    status: 204,
  },
};

describe("one function per endpoint", () => {
  it.each(Object.entries(CASES))("%s calls the right route", async (_name, c) => {
    const spy = stubFetch(() =>
      c.answer === undefined ? new Response(null, { status: c.status ?? 204 }) : jsonResponse(c.answer, c.status),
    );
    await c.call();
    expect(spy).toHaveBeenCalledTimes(1);
    const { url, init } = fetchCall(spy);
    expect(init.method).toBe(c.method);
    expect(url).toBe(`${API}${c.url}`);
    expect(headerOf(init, "X-API-KEY")).toBe(c.key ? KEY : null);
    // Reads without `select` ask for everything; a write answering an object asks for its schema's fields, so
    // that a reuse does not come with every dataset whole.
    const mask = headerOf(init, "X-Fields");
    if (c.method === "GET" || c.answer === undefined) expect(mask).toBeNull();
    else if (c.answer === REUSE) expect(mask).toMatch(/(^|,)datasets\{[^}]*\}/);
    else expect(mask).toMatch(/^\w+/);
    if (c.body !== undefined) expect(JSON.parse(String(init.body))).toEqual(c.body);
  });

  it("sends uploads as multipart with file and bbox", async () => {
    const spy = stubFetch(() => jsonResponse({ success: true, image: "https://i/x.png" }));
    await writes.uploadReuseImage(KEY, "t", { file: png(), filename: "logo.png", bbox: [1, 2, 30, 40] });
    const form = fetchCall(spy).init.body;
    expect(form).toBeInstanceOf(FormData);
    expect((form as FormData).get("bbox")).toBe("1,2,30,40");
    expect((form as FormData).get("file")).toBeInstanceOf(Blob);
  });

  it("tells whether a dataset was added (201) or already there (200)", async () => {
    stubFetch(() => jsonResponse(REUSE, 201));
    await expect(writes.addReuseDataset(KEY, "t", ID)).resolves.toMatchObject({ added: true });
    stubFetch(() => jsonResponse(REUSE, 200));
    await expect(writes.addReuseDataset(KEY, "t", ID)).resolves.toMatchObject({ added: false });
  });

  it("tells whether an API was added (201) or already there (200)", async () => {
    stubFetch(() => jsonResponse(REUSE, 201));
    await expect(writes.addReuseDataservice(KEY, "t", ID)).resolves.toMatchObject({ added: true });
    stubFetch(() => jsonResponse(REUSE, 200));
    await expect(writes.addReuseDataservice(KEY, "t", ID)).resolves.toMatchObject({ added: false });
  });

  it("returns the new key, and never returns the key /me/ may carry", async () => {
    stubFetch(() => jsonResponse({ apikey: "new-key" }, 201));
    await expect(regenerateApiKey(KEY)).resolves.toBe("new-key");
    stubFetch(() => jsonResponse(ME));
    expect(await getMe(KEY)).not.toHaveProperty("apikey");
  });
});

describe("X-Fields from a select schema", () => {
  const card = reuseSchema.pick({ id: true, title: true }).extend({
    organization: organizationRefSchema.pick({ name: true, slug: true }).nullable(),
  });

  it("derives the mask of a page, sends it, and parses with the selection", async () => {
    const item = { id: ID, title: "T", organization: null };
    const spy = stubFetch(() => jsonResponse(pageOf([item])));
    const result = await searchReuses({}, { select: card });
    expect(headerOf(fetchCall(spy).init, "X-Fields")).toBe(
      "data{id,title,organization{name,slug}},total,page,page_size,next_page,previous_page",
    );
    expect(result.data).toEqual([item]);
  });

  it("types answers from the full schema, or from the selection", async () => {
    stubFetch(() => jsonResponse(REUSE));
    expectTypeOf(await getReuse(ID)).toEqualTypeOf<Reuse>();
    stubFetch(() => jsonResponse(pageOf([{ id: ID, title: "T", organization: null }])));
    const picked = await searchReuses({}, { select: card });
    expectTypeOf(picked.data).toEqualTypeOf<z.output<typeof card>[]>();
    expectTypeOf(picked.data[0]).toEqualTypeOf<
      { id: string; title: string; organization: { name: string; slug: string } | null } | undefined
    >();
  });

  it("masks single objects and lists item by item", async () => {
    const spy = stubFetch(() => jsonResponse({ id: ID, title: "T", organization: { name: "E", slug: "e" } }));
    await getReuse(ID, { select: card });
    expect(headerOf(fetchCall(spy).init, "X-Fields")).toBe("id,title,organization{name,slug}");
    const list = stubFetch(() => jsonResponse([{ id: ID, title: "T", organization: null }]));
    await listMyReuses(KEY, { select: card });
    expect(headerOf(fetchCall(list).init, "X-Fields")).toBe("id,title,organization{name,slug}");
  });
});

describe("nothing unchecked reaches fetch", () => {
  const byPath: Record<string, (bad: string) => Promise<unknown>> = {
    getReuse: (bad) => getReuse(bad),
    updateReuse: (bad) => writes.updateReuse(KEY, bad, { title: "x" }),
    deleteReuse: (bad) => writes.deleteReuse(KEY, bad),
    uploadReuseImage: (bad) => writes.uploadReuseImage(KEY, bad, { file: png() }),
    addReuseDataset: (bad) => writes.addReuseDataset(KEY, bad, ID),
    featureReuse: (bad) => writes.featureReuse(KEY, bad),
    removeReuseBadge: (bad) => writes.removeReuseBadge(KEY, "t", bad),
    listReuseFollowers: (bad) => listReuseFollowers(bad),
    getOrganization: (bad) => getOrganization(bad),
    revokeApiToken: (bad) => revokeApiToken(KEY, bad),
  };

  it.each(Object.entries(byPath))("%s refuses every bad id or slug with a 404", async (_name, call) => {
    const spy = stubFetch(() => jsonResponse({}));
    for (const bad of BAD_SLUGS) {
      const error = await rejectionOf(call(bad));
      expect(error, bad).toBeInstanceOf(UpstreamError);
      expect(error).toMatchObject({ kind: "invalid", status: 404 });
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it("refuses bad query values and bodies with a 400 and field errors", async () => {
    const spy = stubFetch(() => jsonResponse({}));
    const refused = [
      suggestReuses({ q: "" }),
      writes.createReuse(KEY, {
        title: "T",
        description: "D",
        type: "api",
        topic: "health",
        url: "javascript:alert(1)",
      }),
      writes.addReuseDataset(KEY, "t", "population"),
      writes.addReuseBadge(KEY, "t", { kind: "../x" }),
      writes.uploadReuseImage(KEY, "t", { file: new Blob(["<svg/>"], { type: "image/svg+xml" }) }),
      uploadAvatar(KEY, { file: png(), bbox: [10, 10, 5, 5] }),
    ];
    for (const promise of refused) {
      const error = await rejectionOf(promise);
      expect(error).toMatchObject({ kind: "invalid", status: 400 });
      expect(Object.keys((error as UpstreamError).fieldErrors).length).toBeGreaterThan(0);
    }
    expect(spy).not.toHaveBeenCalled();
  });
});

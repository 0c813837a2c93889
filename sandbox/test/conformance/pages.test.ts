import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "../harness";

/**
 * The human pages behind the `page` (and `self_web_url`) URLs of the answers: udata builds them with
 * `cdata_url` (`udata/uris.py`) from each model's `self_web_url`; the sandbox serves a small French page at
 * each, without script, under a strict CSP.
 */
let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

/** Every `page` and `self_web_url` string in a JSON answer. */
function pageUrls(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) pageUrls(item, found);
  else if (typeof value === "object" && value !== null)
    for (const [key, item] of Object.entries(value)) {
      if ((key === "page" || key === "self_web_url") && typeof item === "string") found.add(item);
      else pageUrls(item, found);
    }
  return found;
}

async function answer(path: string, key?: string): Promise<unknown> {
  const { status, body } = await jsonOf<unknown>(await sandbox.call(path, { key }));
  expect([path, status]).toEqual([path, 200]);
  return body;
}

interface HtmlPage {
  status: number;
  text: string;
  title: string;
}

/** A page, checked for what every sandbox page has: HTML in French, its note, no script, a strict CSP. */
async function htmlPage(url: string): Promise<HtmlPage> {
  const response = await fetch(url, { redirect: "manual" });
  const text = await response.text();
  expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(text).toMatch(/^<!doctype html>\s*<html lang="fr">/);
  expect(text).toContain("ce n'est pas le vrai site");
  expect(text.toLowerCase()).not.toContain("<script");
  const csp = response.headers.get("content-security-policy") ?? "";
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain("unsafe-inline");
  const style = /<style>([\s\S]*?)<\/style>/.exec(text)?.[1] ?? "";
  expect(csp).toContain(`style-src 'sha256-${createHash("sha256").update(style).digest("base64")}'`);
  const title = /<title>([^<]*)<\/title>/.exec(text)?.[1] ?? "";
  expect(title).toMatch(/\S — bac à sable de data\.gouv\.fr$/);
  return { status: response.status, text, title };
}

function escaped(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

describe("pages behind the links", () => {
  it("udata/core/{reuse,dataset,organization,user}/models.py self_web_url: every page URL in a sample of answers answers 200 HTML naming its object", async () => {
    const reuses = (await answer("/api/1/reuses/?sort=-followers&page_size=10")) as {
      data: { owner: { id: string } | null; id: string }[];
    };
    const owner = reuses.data.find((reuse) => reuse.owner)?.owner?.id ?? "";
    const followed = reuses.data[0]?.id ?? "";
    const answers = await Promise.all([
      answer("/api/1/reuses/?page_size=10"),
      answer("/api/1/datasets/?page_size=10"),
      answer("/api/1/organizations/?page_size=10&sort=-reuses"),
      answer(`/api/1/users/${owner}/`),
      answer(`/api/1/reuses/${followed}/followers/?page_size=5`),
      answer("/api/1/reuses/suggest/?q=carte"),
      answer("/api/1/datasets/suggest/?q=vélo"),
      answer("/api/1/organizations/suggest/?q=ville"),
      answer("/api/1/me/org_discussions/", KEYS.member),
    ]);
    const urls = pageUrls([reuses, ...answers]);
    expect(urls.size).toBeGreaterThan(40);
    for (const url of urls) {
      expect(url.startsWith(`${sandbox.url}/`)).toBe(true);
      const page = await htmlPage(url);
      expect([url, page.status]).toEqual([url, 200]);
      expect(page.text).toMatch(/<h1>[^<]+<\/h1>/);
    }
  });

  it("udata/core/reuse/models.py Reuse.self_web_url: a reuse's page shows its title, description and facts, and links to pages that answer", async () => {
    const list = (await answer("/api/1/reuses/?sort=-views&page_size=1")) as {
      data: { title: string; page: string; datasets: { page: string; title: string }[] }[];
    };
    const [reuse] = list.data;
    if (!reuse) throw new Error("no reuse");
    const page = await htmlPage(reuse.page);
    expect(page.title).toBe(`${escaped(reuse.title.trim())} — bac à sable de data.gouv.fr`);
    expect(page.text).toContain(`<h1>${escaped(reuse.title)}</h1>`);
    expect(page.text).toContain("<dt>Vues</dt>");
    const links = [...page.text.matchAll(/href="(\/[^"]+)"/g)].map((match) => match[1] ?? "");
    const dataset = reuse.datasets[0];
    if (dataset) expect(links).toContain(new URL(dataset.page).pathname);
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) expect([link, (await htmlPage(`${sandbox.url}${link}`)).status]).toEqual([link, 200]);
  });

  it("udata/core/discussions/models.py Discussion.self_web_url: the subject's discussions page, opened at the discussion", async () => {
    const discussions = (await answer("/api/1/me/org_discussions/", KEYS.producer)) as {
      id: string;
      title: string;
      self_web_url: string;
      subject: { class: string; id: string };
    }[];
    expect(discussions.length).toBeGreaterThan(0);
    for (const discussion of discussions) {
      expect(discussion.self_web_url).toMatch(
        new RegExp(`^${sandbox.url}/(reuses|datasets)/[^/?]+/discussions\\?discussion_id=${discussion.id}$`),
      );
      const section = discussion.subject.class === "Reuse" ? "reuses" : "datasets";
      const subject = (await answer(`/api/1/${section}/${discussion.subject.id}/`, KEYS.producer)) as {
        deleted: string | null;
      };
      const page = await htmlPage(discussion.self_web_url);
      // As on data.gouv.fr, a discussion on a deleted object stays listed, its page gone.
      expect(page.status).toBe(subject.deleted ? 410 : 200);
      if (subject.deleted) continue;
      // The asked discussion comes first.
      expect(page.text.indexOf("<article")).toBe(page.text.indexOf(`<article id="discussion-${discussion.id}"`));
      expect(page.text).toContain(escaped(discussion.title));
    }
  });

  it("udata/core/dataset/api.py ResourceRedirectAPI.get: a resource's latest URL redirects to its file", async () => {
    const resources = (await answer("/api/1/me/org_community_resources/", KEYS.producer)) as {
      latest: string;
      url: string;
    }[];
    const datasets = (await answer("/api/1/datasets/?page_size=20")) as {
      data: { resources: { latest: string; url: string }[] }[];
    };
    const files = [...resources, ...datasets.data.flatMap((dataset) => dataset.resources)];
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      expect(file.latest).toMatch(new RegExp(`^${sandbox.url}/api/1/datasets/r/[0-9a-f-]{36}$`));
      const response = await fetch(file.latest, { redirect: "manual" });
      expect([response.status, response.headers.get("location")]).toEqual([302, file.url.trim()]);
    }
    const unknown = "/api/1/datasets/r/00000000-0000-4000-a000-000000000000";
    expect(await jsonOf(await sandbox.call(unknown))).toEqual({ status: 404, body: { message: "Resource not found" } });
    expect((await sandbox.call("/api/1/datasets/r/not-a-uuid")).status).toBe(404);
  });

  it("udata/core/reuse/models.py Reuse.self_web_url, hostile content: titles, descriptions and names come out escaped", async () => {
    const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)> & 'co'`;
    const datasets = (await answer("/api/1/datasets/?page_size=1")) as { data: { id: string }[] };
    const created = await jsonOf<{ page: string; owner: { page: string } }>(
      await sandbox.call("/api/1/reuses/", {
        method: "POST",
        key: KEYS.producer,
        json: {
          title: hostile,
          description: `${hostile}\n\n<iframe src="https://evil.example"></iframe>`,
          type: "application",
          topic: "health",
          url: "https://example.org/hostile",
          datasets: datasets.data.map((dataset) => dataset.id),
        },
      }),
    );
    expect(created.status).toBe(201);
    const user = await jsonOf<{ slug: string }>(
      await sandbox.call("/_sandbox/users", { method: "POST", json: { first_name: hostile, last_name: "<b>Eve</b>" } }),
    );
    for (const url of [created.body.page, `${sandbox.url}/users/${user.body.slug}`]) {
      const page = await htmlPage(url);
      expect(page.status).toBe(200);
      expect(page.text).not.toContain("<img");
      expect(page.text).not.toContain("<iframe");
      expect(page.text).not.toContain("<b>Eve");
      expect(page.text).toContain(escaped(hostile));
      expect(page.title).toContain(escaped(hostile));
    }
  });

  it("udata/core/reuse/api.py ReuseAPI.get as a visitor: unknown and private objects are a 404 page, deleted ones a 410 page; other paths a 404 page", async () => {
    const own = (await answer("/api/1/me/reuses/", KEYS.producer)) as {
      private: boolean;
      deleted: string | null;
      page: string;
    }[];
    const hidden = own.find((reuse) => reuse.private);
    const deleted = own.find((reuse) => reuse.deleted && !reuse.private);
    if (!hidden || !deleted) throw new Error("the demo producer has a private and a deleted reuse");
    expect((await htmlPage(hidden.page)).status).toBe(404);
    expect((await htmlPage(deleted.page)).status).toBe(410);
    for (const path of [
      "/reuses/introuvable",
      "/datasets/introuvable",
      "/organizations/introuvable",
      "/users/introuvable",
      "/reuses/introuvable/discussions",
      "/nulle-part",
    ]) {
      const page = await htmlPage(`${sandbox.url}${path}`);
      expect([path, page.status]).toEqual([path, 404]);
      expect(page.text).toContain("<h1>Page introuvable</h1>");
    }
    // The control routes keep answering JSON.
    expect(await jsonOf(await sandbox.call("/_sandbox/nowhere"))).toMatchObject({ status: 404 });
  });
});

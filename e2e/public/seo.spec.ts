import { type APIRequestContext, type Page } from "@playwright/test";

import { expect, test } from "../fixtures";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS = "http://www.w3.org/1999/xhtml";
const ATOM_NS = "http://www.w3.org/2005/Atom";

/**
 * Parses `xml` with the browser's own XML parser, which refuses anything that is not well-formed, and gives its
 * root and the text of every element named in `tags` (in the root's namespace), in document order.
 */
async function readXml(page: Page, xml: string, tags: readonly string[] = []) {
  return page.evaluate(
    ([text, names]) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const error = doc.getElementsByTagName("parsererror")[0];
      if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ""}`);
      const { localName: root, namespaceURI: namespace } = doc.documentElement;
      const texts = (name: string) =>
        [...doc.getElementsByTagNameNS(namespace, name)].map((element) => element.textContent ?? "");
      return { root, namespace, texts: Object.fromEntries(names.map((name) => [name, texts(name)])) };
    },
    [xml, tags] as const,
  );
}

/** A RegExp that matches a reuse page's absolute URL on this site (under `prefix`: `/en` for English). */
const reuseUrlPattern = (baseURL: string | undefined, prefix = "") =>
  new RegExp(`^${(baseURL ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${prefix}/reuses/[a-z0-9][a-z0-9-]*$`);

/** Each `<url>` of a sitemap: its loc and its `<xhtml:link rel="alternate">` as `hreflang href`. */
async function readAlternates(page: Page, xml: string) {
  return page.evaluate(
    ([text, sitemapNs, xhtmlNs]) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      if (doc.getElementsByTagName("parsererror")[0]) throw new Error("not well-formed XML");
      return [...doc.getElementsByTagNameNS(sitemapNs, "url")].map((url) => ({
        loc: url.getElementsByTagNameNS(sitemapNs, "loc")[0]?.textContent,
        alternates: [...url.getElementsByTagNameNS(xhtmlNs, "link")].map(
          (link) => `${link.getAttribute("rel")} ${link.getAttribute("hreflang")} ${link.getAttribute("href")}`,
        ),
      }));
    },
    [xml, SITEMAP_NS, XHTML_NS] as const,
  );
}

/** A feed fetched at `path`, checked as Atom, and what its tests read of it. */
async function readFeed(page: Page, request: APIRequestContext, path: string) {
  const feed = await request.get(path);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await feed.text();
  expect(await readXml(page, xml)).toMatchObject({ root: "feed", namespace: ATOM_NS });
  return page.evaluate(
    ([text, ns]) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const own = (parent: Element, tag: string) =>
        [...parent.children].filter((child) => child.namespaceURI === ns && child.localName === tag);
      const feedElement = doc.documentElement;
      return {
        lang: feedElement.getAttribute("xml:lang"),
        id: own(feedElement, "id")[0]?.textContent,
        title: own(feedElement, "title")[0]?.textContent,
        subtitle: own(feedElement, "subtitle")[0]?.textContent,
        updated: own(feedElement, "updated")[0]?.textContent,
        author: own(feedElement, "author")[0]?.textContent?.trim(),
        links: own(feedElement, "link").map((link) => `${link.getAttribute("rel")} ${link.getAttribute("href")}`),
        entries: own(feedElement, "entry").map((entry) => ({
          id: own(entry, "id")[0]?.textContent,
          title: own(entry, "title")[0]?.textContent,
          href: own(entry, "link")[0]?.getAttribute("href"),
          published: own(entry, "published")[0]?.textContent,
          updated: own(entry, "updated")[0]?.textContent,
          summary: own(entry, "summary")[0]?.getAttribute("type"),
          titleLang: own(entry, "title")[0]?.getAttribute("xml:lang"),
          summaryLang: own(entry, "summary")[0]?.getAttribute("xml:lang"),
        })),
      };
    },
    [xml, ATOM_NS] as const,
  );
}

/** How many reuses data.gouv.fr's search (the sandbox's) finds, which is what the listing and sitemaps show. */
async function publicReuseTotal(sandboxUrl: string) {
  const response = await fetch(`${sandboxUrl}/api/2/reuses/search/?page_size=1`, { headers: { "X-Fields": "total" } });
  return ((await response.json()) as { total: number }).total;
}

test.describe("search engines and feed readers", () => {
  test("/sitemap.xml is an index whose sitemaps list every public reuse with its lastmod", async ({
    page,
    request,
    sandbox,
    baseURL,
  }) => {
    // Other tests may publish reuses meanwhile: the count must lie between the totals before and after.
    const before = await publicReuseTotal(sandbox.url);
    const index = await request.get("/sitemap.xml");
    expect(index.status()).toBe(200);
    expect(index.headers()["content-type"]).toMatch(/^application\/xml/);
    const sitemapIndex = await readXml(page, await index.text(), ["loc"]);
    expect(sitemapIndex).toMatchObject({ root: "sitemapindex", namespace: SITEMAP_NS });

    const children = sitemapIndex.texts.loc ?? [];
    expect(children[0]).toBe(`${baseURL}/sitemaps/pages.xml`);
    expect(children.length).toBeGreaterThanOrEqual(2);
    const reuseUrls: string[] = [];
    const englishUrls: string[] = [];
    const lastmods: string[] = [];
    const pageUrls: string[] = [];
    for (const child of children) {
      expect(child.startsWith(`${baseURL}/sitemaps/`)).toBe(true);
      const answer = await request.get(child);
      expect(answer.status(), child).toBe(200);
      const urlset = await readXml(page, await answer.text(), ["loc", "lastmod"]);
      expect(urlset).toMatchObject({ root: "urlset", namespace: SITEMAP_NS });
      if (child.endsWith("/pages.xml")) pageUrls.push(...(urlset.texts.loc ?? []));
      else if (/\/reuses-en-\d+\.xml$/.test(child)) englishUrls.push(...(urlset.texts.loc ?? []));
      else {
        reuseUrls.push(...(urlset.texts.loc ?? []));
        lastmods.push(...(urlset.texts.lastmod ?? []));
      }
    }
    const after = await publicReuseTotal(sandbox.url);

    expect(pageUrls).toEqual([`${baseURL}/`, `${baseURL}/en`, `${baseURL}/reuses`, `${baseURL}/en/reuses`]);
    expect(reuseUrls.length).toBeGreaterThanOrEqual(Math.min(before, after));
    expect(reuseUrls.length).toBeLessThanOrEqual(Math.max(before, after));
    expect(new Set(reuseUrls).size).toBe(reuseUrls.length);
    // One assertion over thousands of URLs (an expect() each would take seconds).
    const pattern = reuseUrlPattern(baseURL);
    expect(reuseUrls.filter((url) => !pattern.test(url))).toEqual([]);
    expect(lastmods).toHaveLength(reuseUrls.length);
    expect(lastmods.filter((lastmod) => !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(lastmod))).toEqual([]);
    // The same reuses in English, in files of their own (reuses-en-N.xml).
    expect(englishUrls.length).toBeGreaterThanOrEqual(Math.min(before, after));
    expect(englishUrls.length).toBeLessThanOrEqual(Math.max(before, after));
    expect(new Set(englishUrls).size).toBe(englishUrls.length);
    const englishPattern = reuseUrlPattern(baseURL, "/en");
    expect(englishUrls.filter((url) => !englishPattern.test(url))).toEqual([]);
  });

  test("every page of the sitemaps has its French and English URLs and x-default as alternates", async ({
    page,
    request,
    baseURL,
  }) => {
    const alternatesOf = (path: string) => [
      `alternate fr ${baseURL}${path}`,
      `alternate en ${baseURL}/en${path === "/" ? "" : path}`,
      `alternate x-default ${baseURL}${path}`,
    ];
    const pages = await readAlternates(page, await (await request.get("/sitemaps/pages.xml")).text());
    expect(pages).toEqual([
      { loc: `${baseURL}/`, alternates: alternatesOf("/") },
      { loc: `${baseURL}/en`, alternates: alternatesOf("/") },
      { loc: `${baseURL}/reuses`, alternates: alternatesOf("/reuses") },
      { loc: `${baseURL}/en/reuses`, alternates: alternatesOf("/reuses") },
    ]);
    for (const [file, prefix] of [
      ["reuses-1.xml", ""],
      ["reuses-en-1.xml", "/en"],
    ] as const) {
      const answer = await request.get(`/sitemaps/${file}`);
      expect(answer.status(), file).toBe(200);
      const urls = await readAlternates(page, await answer.text());
      expect(urls.length, file).toBeGreaterThan(0);
      const wrong = urls.filter(({ loc, alternates }) => {
        const path = (loc ?? "").slice(`${baseURL}${prefix}`.length);
        return !path.startsWith("/reuses/") || JSON.stringify(alternates) !== JSON.stringify(alternatesOf(path));
      });
      expect(wrong, file).toEqual([]);
    }
  });

  test("/robots.txt names the sitemap and keeps crawlers out of private areas", async ({ request, baseURL }) => {
    const robots = await request.get("/robots.txt");
    expect(robots.status()).toBe(200);
    expect(robots.headers()["content-type"]).toMatch(/^text\/plain/);
    const lines = (await robots.text()).split("\n").map((line) => line.trim());
    expect(lines).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    for (const path of ["/dashboard", "/api/", "/sign-in", "/en/sign-in"]) expect(lines).toContain(`Disallow: ${path}`);
    expect(lines.filter((line) => line.startsWith("Sitemap:"))).toEqual([`Sitemap: ${baseURL}/sitemap.xml`]);
  });

  test("/reuses/feed.xml is an Atom feed of the 20 newest reuses", async ({ page, request, baseURL }) => {
    const details = await readFeed(page, request, "/reuses/feed.xml");
    expect(details.id).toBe(`${baseURL}/reuses/feed.xml`);
    expect(details.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(details.author).toBe("data.gouv.fr");
    expect(details.links).toEqual([`self ${baseURL}/reuses/feed.xml`, `alternate ${baseURL}/reuses`]);
    expect(details.entries).toHaveLength(20);
    const published = details.entries.map((entry) => entry.published ?? "");
    expect(published).toEqual([...published].sort().reverse());
    for (const entry of details.entries) {
      expect(entry.id).toMatch(reuseUrlPattern(baseURL));
      expect(entry.href).toBe(entry.id);
      expect(entry.title).not.toBe("");
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(entry.summary).toBe("text");
    }
  });

  test("/en/reuses/feed.xml is the same feed in English, linking to the English pages", async ({
    page,
    request,
    baseURL,
  }) => {
    const details = await readFeed(page, request, "/en/reuses/feed.xml");
    expect(details).toMatchObject({
      lang: "en",
      id: `${baseURL}/en/reuses/feed.xml`,
      title: "Reuses of open public data: the latest published",
      subtitle: "The apps, maps, articles and APIs most recently published on data.gouv.fr.",
      links: [`self ${baseURL}/en/reuses/feed.xml`, `alternate ${baseURL}/en/reuses`],
    });
    expect(details.entries).toHaveLength(20);
    for (const entry of details.entries) {
      expect(entry.id).toMatch(reuseUrlPattern(baseURL, "/en"));
      expect(entry.href).toBe(entry.id);
      // The reuses' own words are not translated: they say they are French.
      expect([entry.titleLang, entry.summaryLang]).toEqual(["fr", "fr"]);
    }
  });

  test("the English home page and listing point feed readers to the English feed", async ({ page, baseURL }) => {
    for (const path of ["/en", "/en/reuses"]) {
      await page.goto(path);
      const feedLink = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      await expect(feedLink, path).toHaveAttribute("href", `${baseURL}/en/reuses/feed.xml`);
      await expect(feedLink, path).toHaveAttribute("title", "New reuses");
    }
  });

  test("the site's Open Graph image is drawn in each language, and English pages share the English one", async ({
    page,
    request,
    baseURL,
  }) => {
    for (const path of ["/en", "/en/reuses"]) {
      await page.goto(path);
      await expect(page.locator('meta[property="og:image"]'), path).toHaveAttribute(
        "content",
        new RegExp(`^${baseURL}/en/opengraph-image(\\?|$)`),
      );
      await expect(page.locator('meta[name="twitter:image"]'), path).toHaveAttribute(
        "content",
        new RegExp(`^${baseURL}/en/opengraph-image(\\?|$)`),
      );
    }
    const french = await request.get("/opengraph-image");
    const english = await request.get("/en/opengraph-image");
    for (const answer of [french, english]) {
      expect(answer.status()).toBe(200);
      expect(answer.headers()["content-type"]).toBe("image/png");
    }
    const [frenchPng, englishPng] = [await french.body(), await english.body()];
    expect([englishPng.readUInt32BE(16), englishPng.readUInt32BE(20)]).toEqual([1200, 630]);
    // Other words, so other pixels.
    expect(englishPng.equals(frenchPng)).toBe(false);
  });

  test("the home page and the listing tell feed readers where the feed is", async ({ page, baseURL }) => {
    for (const path of ["/", "/reuses"]) {
      await page.goto(path);
      const feedLink = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      await expect(feedLink, path).toHaveAttribute("href", `${baseURL}/reuses/feed.xml`);
      await expect(feedLink, path).toHaveAttribute("title", "Nouvelles réutilisations");
    }
  });

  test("the home page and the listing share the site's Open Graph image, a PNG", async ({ page, request }) => {
    for (const path of ["/", "/reuses"]) {
      await page.goto(path);
      const image = await page.locator('meta[property="og:image"]').getAttribute("content");
      expect(image, path).toMatch(/\/opengraph-image(\?|$)/);
      const url = new URL(image ?? "");
      const answer = await request.get(`${url.pathname}${url.search}`);
      expect(answer.status()).toBe(200);
      expect(answer.headers()["content-type"]).toBe("image/png");
      const png = await answer.body();
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      // IHDR: width and height, big-endian, right after the signature and the chunk header.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  test("a reuse whose image is an SVG shares its generated PNG card instead, which networks accept", async ({
    page,
    request,
    sandbox,
  }) => {
    // The catalogue's reuses have generated placeholder images; any SVG one will do.
    const response = await fetch(`${sandbox.url}/api/1/reuses/?page_size=50`);
    const { data } = (await response.json()) as { data: { slug: string; image: string | null }[] };
    const reuse = data.find((candidate) => /\.svg$/i.test(new URL(candidate.image ?? "x:").pathname));
    test.skip(!reuse, "no reuse of the sandbox's catalogue has an SVG image");
    await page.goto(`/reuses/${reuse?.slug ?? ""}`);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(new RegExp(`/reuses/${reuse?.slug ?? ""}/opengraph-image`));
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", image ?? "");
    const url = new URL(image ?? "");
    const answer = await request.get(`${url.pathname}${url.search}`);
    expect(answer.status()).toBe(200);
    expect(answer.headers()["content-type"]).toBe("image/png");

    // Its English page shares the card drawn in English.
    await page.goto(`/en/reuses/${reuse?.slug ?? ""}`);
    const englishImage = (await page.locator('meta[property="og:image"]').getAttribute("content")) ?? "";
    expect(englishImage).toMatch(new RegExp(`/en/reuses/${reuse?.slug ?? ""}/opengraph-image`));
    const englishUrl = new URL(englishImage);
    const english = await request.get(`${englishUrl.pathname}${englishUrl.search}`);
    expect(english.status()).toBe(200);
    expect(english.headers()["content-type"]).toBe("image/png");
    expect((await english.body()).equals(await answer.body())).toBe(false);
  });
});

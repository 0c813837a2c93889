import { describe, expect, it } from "vitest";

import { pagesSitemapXml, reuseSitemapXml, sitemapIndexXml } from "./documents";
import {
  buildUrlSet,
  parseSitemapFileName,
  reuseSitemapCount,
  reuseSitemapFileName,
  upstreamPagesOf,
  URLS_PER_SITEMAP,
} from "./sitemap";
import { childrenNamed, parseStrictXml } from "./strict-xml";

const SITE = "https://reutilisations.example.fr";

describe("sitemap index math", () => {
  it.each([
    [0, 1],
    [1, 1],
    [1_000, 1],
    [1_001, 2],
    [3_573, 4],
    [10_000, 10],
    // udata's search gives no more than 10,000 results.
    [10_001, 10],
    [5_000_000, 10],
  ])("%i reuses need %i reuse sitemaps", (total, count) => {
    expect(reuseSitemapCount(total)).toBe(count);
  });

  it("makes each sitemap of 10 upstream pages of 100, the last one shorter", () => {
    expect(upstreamPagesOf(1, 50_000)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(upstreamPagesOf(10, 10_000)).toEqual([91, 92, 93, 94, 95, 96, 97, 98, 99, 100]);
    expect(upstreamPagesOf(4, 3_573)).toEqual([31, 32, 33, 34, 35, 36]);
    expect(upstreamPagesOf(5, 3_573)).toEqual([]);
    expect(upstreamPagesOf(1, 0)).toEqual([]);
  });

  it("covers every reuse exactly once", () => {
    for (const total of [1, 99, 100, 101, 999, 1_000, 1_001, 3_573, 10_000]) {
      const pages = Array.from({ length: reuseSitemapCount(total) }, (_, index) => upstreamPagesOf(index + 1, total));
      const flat = pages.flat();
      expect(flat).toEqual(Array.from({ length: Math.ceil(total / 100) }, (_, index) => index + 1));
      for (const sitemap of pages) expect(sitemap.length * 100).toBeLessThanOrEqual(URLS_PER_SITEMAP);
    }
  });
});

describe("child sitemap file names", () => {
  it("reads back what it writes", () => {
    expect(parseSitemapFileName(reuseSitemapFileName(7))).toEqual({ kind: "reuses", locale: "fr", number: 7 });
    expect(parseSitemapFileName(reuseSitemapFileName(7, "en"))).toEqual({ kind: "reuses", locale: "en", number: 7 });
    expect(parseSitemapFileName("pages.xml")).toEqual({ kind: "pages" });
    expect(parseSitemapFileName("reuses-10.xml")).toEqual({ kind: "reuses", locale: "fr", number: 10 });
    expect(parseSitemapFileName("reuses-en-10.xml")).toEqual({ kind: "reuses", locale: "en", number: 10 });
  });

  it("keeps the French files' names from before English, and names the English ones apart", () => {
    expect(reuseSitemapFileName(3)).toBe("reuses-3.xml");
    expect(reuseSitemapFileName(3, "fr")).toBe("reuses-3.xml");
    expect(reuseSitemapFileName(3, "en")).toBe("reuses-en-3.xml");
  });

  it.each([
    "reuses-0.xml",
    "reuses-01.xml",
    "reuses-11.xml",
    "reuses-1.xml.gz",
    "reuses-x.xml",
    "../pages.xml",
    "",
    "reuses-fr-1.xml",
    "reuses-de-1.xml",
    "reuses-en-0.xml",
    "reuses-en-01.xml",
    "reuses-en-11.xml",
    "reuses-EN-1.xml",
    "reuses-en-.xml",
  ])("refuses %j", (name) => {
    expect(parseSitemapFileName(name)).toBeUndefined();
  });
});

describe("sitemap documents", () => {
  it("writes an index of absolute URLs: the pages, then each reuse sitemap in French, then in English", () => {
    const index = parseStrictXml(sitemapIndexXml(`${SITE}/`, 3));
    expect(index.name).toBe("sitemapindex");
    expect(index.attributes.xmlns).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    const locs = childrenNamed(index, "sitemap").map((sitemap) => childrenNamed(sitemap, "loc")[0]?.text);
    expect(locs).toEqual([
      `${SITE}/sitemaps/pages.xml`,
      `${SITE}/sitemaps/reuses-1.xml`,
      `${SITE}/sitemaps/reuses-2.xml`,
      `${SITE}/sitemaps/reuses-3.xml`,
      `${SITE}/sitemaps/reuses-en-1.xml`,
      `${SITE}/sitemaps/reuses-en-2.xml`,
      `${SITE}/sitemaps/reuses-en-3.xml`,
    ]);
  });

  it("lists the home page and the listing in both languages, each with its fr, en and x-default alternates", () => {
    const urlset = parseStrictXml(pagesSitemapXml(SITE));
    expect(urlset.attributes["xmlns:xhtml"]).toBe("http://www.w3.org/1999/xhtml");
    const urls = childrenNamed(urlset, "url");
    expect(urls.map((url) => childrenNamed(url, "loc")[0]?.text)).toEqual([
      `${SITE}/`,
      `${SITE}/en`,
      `${SITE}/reuses`,
      `${SITE}/en/reuses`,
    ]);
    const alternatesOf = (index: number) =>
      childrenNamed(urls[index] ?? parseStrictXml("<x/>"), "xhtml:link").map((link) => link.attributes);
    const listing = [
      { rel: "alternate", hreflang: "fr", href: `${SITE}/reuses` },
      { rel: "alternate", hreflang: "en", href: `${SITE}/en/reuses` },
      { rel: "alternate", hreflang: "x-default", href: `${SITE}/reuses` },
    ];
    expect(alternatesOf(2)).toEqual(listing);
    expect(alternatesOf(3)).toEqual(listing);
    expect(alternatesOf(1)).toEqual([
      { rel: "alternate", hreflang: "fr", href: `${SITE}/` },
      { rel: "alternate", hreflang: "en", href: `${SITE}/en` },
      { rel: "alternate", hreflang: "x-default", href: `${SITE}/` },
    ]);
  });

  it("lists each reuse in both languages: its French URL in reuses-N.xml, its English one in reuses-en-N.xml", () => {
    const reuses = [{ slug: "carte-des-ecoles", last_modified: "2024-03-01T10:00:00+00:00" }];
    const alternates = [
      { rel: "alternate", hreflang: "fr", href: `${SITE}/reuses/carte-des-ecoles` },
      { rel: "alternate", hreflang: "en", href: `${SITE}/en/reuses/carte-des-ecoles` },
      { rel: "alternate", hreflang: "x-default", href: `${SITE}/reuses/carte-des-ecoles` },
    ];
    for (const [locale, loc] of [
      ["fr", `${SITE}/reuses/carte-des-ecoles`],
      ["en", `${SITE}/en/reuses/carte-des-ecoles`],
    ] as const) {
      const urlset = parseStrictXml(reuseSitemapXml(SITE, reuses, locale));
      expect(urlset.attributes["xmlns:xhtml"]).toBe("http://www.w3.org/1999/xhtml");
      const [url] = childrenNamed(urlset, "url");
      expect(url?.children.map((child) => child.name)).toEqual([
        "loc",
        "lastmod",
        ...alternates.map(() => "xhtml:link"),
      ]);
      expect(childrenNamed(url ?? urlset, "loc")[0]?.text).toBe(loc);
      expect(childrenNamed(url ?? urlset, "lastmod")[0]?.text).toBe("2024-03-01T10:00:00.000Z");
      expect(childrenNamed(url ?? urlset, "xhtml:link").map((link) => link.attributes)).toEqual(alternates);
    }
  });

  it("keeps a full child sitemap, in either language, at URLS_PER_SITEMAP <url> entries", () => {
    const full = Array.from({ length: URLS_PER_SITEMAP }, (_, index) => ({ slug: `r-${index}`, last_modified: "" }));
    for (const locale of ["fr", "en"] as const) {
      expect(childrenNamed(parseStrictXml(reuseSitemapXml(SITE, full, locale)), "url")).toHaveLength(URLS_PER_SITEMAP);
    }
  });

  it("lists each reuse with its lastmod in UTC", () => {
    const xml = reuseSitemapXml(SITE, [
      { slug: "carte-des-ecoles", last_modified: "2024-03-01T10:00:00.123000+01:00" },
      { slug: "sans-date", last_modified: "" },
    ]);
    const [first, second] = childrenNamed(parseStrictXml(xml), "url");
    expect(childrenNamed(first ?? parseStrictXml("<x/>"), "loc")[0]?.text).toBe(`${SITE}/reuses/carte-des-ecoles`);
    expect(first?.children.find((child) => child.name === "lastmod")?.text).toBe("2024-03-01T09:00:00.123Z");
    expect(second?.children.map((child) => child.name)).toEqual(["loc", "xhtml:link", "xhtml:link", "xhtml:link"]);
  });

  it("escapes and encodes whatever a slug holds", () => {
    const xml = reuseSitemapXml(SITE, [{ slug: `a"&<b>/../c d`, last_modified: "2024-01-01T00:00:00" }]);
    const loc = parseStrictXml(xml).children[0]?.children[0];
    expect(loc?.text).toBe(`${SITE}/reuses/a%22%26%3Cb%3E%2F..%2Fc%20d`);
  });

  it("writes a valid empty urlset", () => {
    expect(parseStrictXml(buildUrlSet([])).children).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";

import { buildAtomFeed } from "./atom";
import { type FeedReuse, reuseFeedXml } from "./documents";
import { markdownToPlainText, plainTextExcerpt } from "./plain-text";
import { childrenNamed, parseStrictXml, type XmlElement } from "./strict-xml";

const SITE = "https://reutilisations.example.fr";

const reuse = (overrides: Partial<FeedReuse> = {}): FeedReuse => ({
  slug: "carte-des-ecoles",
  title: "Carte des écoles",
  description: "Une **carte** de toutes les [écoles](https://example.org).",
  created_at: "2024-03-01T10:00:00.000000+00:00",
  last_modified: "2024-03-02T10:00:00.000000+00:00",
  organization: { name: "Ministère de l'Éducation" },
  owner: null,
  ...overrides,
});

const child = (element: XmlElement | undefined, name: string) => element?.children.find((c) => c.name === name);

describe("the Atom feed", () => {
  it("has what RFC 4287 requires of a feed: id, title, updated, author, and self and alternate links", () => {
    const feed = parseStrictXml(reuseFeedXml(SITE, [reuse()]));
    expect(feed.name).toBe("feed");
    expect(feed.attributes.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(child(feed, "id")?.text).toBe(`${SITE}/reuses/feed.xml`);
    expect(child(feed, "title")?.text).not.toBe("");
    expect(child(feed, "updated")?.text).toBe("2024-03-02T10:00:00.000Z");
    expect(child(child(feed, "author"), "name")?.text).toBe("data.gouv.fr");
    const links = childrenNamed(feed, "link").map((link) => link.attributes);
    expect(links).toContainEqual({ rel: "self", type: "application/atom+xml", href: `${SITE}/reuses/feed.xml` });
    expect(links).toContainEqual({ rel: "alternate", type: "text/html", href: `${SITE}/reuses` });
  });

  it("gives each reuse an entry: id, title, link, dates, producer and a plain-text summary", () => {
    const [entry] = childrenNamed(parseStrictXml(reuseFeedXml(SITE, [reuse()])), "entry");
    expect(child(entry, "id")?.text).toBe(`${SITE}/reuses/carte-des-ecoles`);
    expect(child(entry, "title")?.text).toBe("Carte des écoles");
    expect(child(entry, "link")?.attributes).toEqual({
      rel: "alternate",
      type: "text/html",
      href: `${SITE}/reuses/carte-des-ecoles`,
    });
    expect(child(entry, "published")?.text).toBe("2024-03-01T10:00:00.000Z");
    expect(child(entry, "updated")?.text).toBe("2024-03-02T10:00:00.000Z");
    expect(child(child(entry, "author"), "name")?.text).toBe("Ministère de l'Éducation");
    expect(child(entry, "summary")?.text).toBe("Une carte de toutes les écoles.");
  });

  it("is French and leaves the entries' language unsaid in French", () => {
    const feed = parseStrictXml(reuseFeedXml(SITE, [reuse()], "fr"));
    expect(feed.attributes["xml:lang"]).toBe("fr");
    expect(child(feed, "title")?.text).toBe("Réutilisations des données publiques : les dernières publiées");
    const [entry] = childrenNamed(feed, "entry");
    expect(child(entry, "title")?.attributes).toEqual({ type: "text" });
    expect(child(entry, "summary")?.attributes).toEqual({ type: "text" });
  });

  it("in English: English words, links to the English pages, the reuses' own text marked French", () => {
    const feed = parseStrictXml(reuseFeedXml(SITE, [reuse()], "en"));
    expect(feed.attributes["xml:lang"]).toBe("en");
    expect(child(feed, "id")?.text).toBe(`${SITE}/en/reuses/feed.xml`);
    expect(child(feed, "title")?.text).toBe("Reuses of open public data: the latest published");
    expect(child(feed, "subtitle")?.text).toBe(
      "The apps, maps, articles and APIs most recently published on data.gouv.fr.",
    );
    expect(childrenNamed(feed, "link").map((link) => link.attributes)).toEqual([
      { rel: "self", type: "application/atom+xml", href: `${SITE}/en/reuses/feed.xml` },
      { rel: "alternate", type: "text/html", href: `${SITE}/en/reuses` },
    ]);
    const [entry] = childrenNamed(feed, "entry");
    expect(child(entry, "id")?.text).toBe(`${SITE}/en/reuses/carte-des-ecoles`);
    expect(child(entry, "link")?.attributes.href).toBe(`${SITE}/en/reuses/carte-des-ecoles`);
    expect(child(entry, "title")?.attributes).toEqual({ type: "text", "xml:lang": "fr" });
    expect(child(entry, "title")?.text).toBe("Carte des écoles");
    expect(child(entry, "summary")?.attributes).toEqual({ type: "text", "xml:lang": "fr" });
    expect(child(entry, "summary")?.text).toBe("Une carte de toutes les écoles.");
  });

  it("names a person producer, and no author when there is none (the feed's covers it)", () => {
    const person = reuse({ organization: null, owner: { first_name: "Ada", last_name: "Lovelace" } });
    const nobody = reuse({ organization: null, owner: null });
    const entries = childrenNamed(parseStrictXml(reuseFeedXml(SITE, [person, nobody])), "entry");
    expect(child(child(entries[0], "author"), "name")?.text).toBe("Ada Lovelace");
    expect(child(entries[1], "author")).toBeUndefined();
  });

  it("stays well-formed whatever upstream text holds, and gives it back as text", () => {
    const title = `<script>alert(1)</script> & "quotes" 'too' ]]> \u0007`;
    const description = `<img src=x onerror=alert(1)> **bold** & <b>html</b> \u0000`;
    const [entry] = childrenNamed(parseStrictXml(reuseFeedXml(SITE, [reuse({ title, description })])), "entry");
    expect(child(entry, "title")?.text).toBe(`<script>alert(1)</script> & "quotes" 'too' ]]> `);
    expect(child(entry, "summary")?.attributes.type).toBe("text");
    // The summary is the description's words, its HTML's tags dropped as on the page; markdown-it turns NUL into
    // U+FFFD, which XML allows.
    expect(child(entry, "summary")?.text).toBe("bold & html \uFFFD");
  });

  it("is updated at its newest entry, and at the epoch when empty (never 'now')", () => {
    const older = reuse({ last_modified: "2020-01-01T00:00:00" });
    const newer = reuse({ last_modified: "2025-06-01T12:00:00+00:00" });
    expect(child(parseStrictXml(reuseFeedXml(SITE, [newer, older])), "updated")?.text).toBe("2025-06-01T12:00:00.000Z");
    const empty = buildAtomFeed({
      lang: "fr",
      entriesLang: "fr",
      selfUrl: SITE,
      alternateUrl: SITE,
      title: "t",
      subtitle: "s",
      author: "a",
      entries: [],
    });
    expect(child(parseStrictXml(empty), "updated")?.text).toBe("1970-01-01T00:00:00.000Z");
  });
});

describe("plain text of markdown", () => {
  it("keeps the words of headings, lists, links, images and code, without the markup", () => {
    const source =
      "# Titre\n\n- un *item*\n- `code`\n\n![une image](x.png) et [un lien](https://x.fr)\n\n```\nbloc\n```";
    expect(markdownToPlainText(source)).toBe("Titre un item code une image et un lien bloc");
  });

  it("cuts a long text between words, with an ellipsis, within the limit", () => {
    const excerpt = plainTextExcerpt("mot ".repeat(200), 50);
    expect(excerpt.length).toBeLessThanOrEqual(50);
    expect(excerpt).toMatch(/^(mot )+mot…$/);
    expect(plainTextExcerpt("court", 50)).toBe("court");
  });
});

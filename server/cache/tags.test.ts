import { describe, expect, it } from "vitest";

import { answerTags, decodeInvalidations, encodeInvalidation, pageTags, type ReuseState, writeTags } from "./tags";

const reuse = (fields: Partial<ReuseState> = {}): ReuseState => ({
  id: "5f0000000000000000000001",
  slug: "carte",
  private: false,
  deleted: false,
  organization: "5f00000000000000000000aa",
  ...fields,
});
const draft = reuse({ private: true });

describe("writeTags", () => {
  it("touches nothing public for a private draft: saved, or deleted", () => {
    expect(writeTags(draft, draft, "content")).toEqual([]);
    expect(writeTags(draft, draft, "membership")).toEqual([]);
    expect(writeTags(draft, { ...draft, deleted: true }, "membership")).toEqual([]);
    expect(writeTags(undefined, undefined, "membership")).toEqual([]);
  });

  it("touches an edited public reuse wherever it shows, and searches and last-update sorts, not every list", () => {
    const tags = writeTags(reuse(), reuse(), "content");
    expect(tags).toEqual(
      expect.arrayContaining(["reuse:carte", "reuse:5f0000000000000000000001", "listings:changing"]),
    );
    expect(tags).not.toContain("listings");
    expect(tags).not.toContain("home");
  });

  it("touches its old address and its new one when its slug changes", () => {
    expect(writeTags(reuse(), reuse({ slug: "carte-2" }), "content")).toEqual(
      expect.arrayContaining(["reuse:carte", "reuse:carte-2"]),
    );
  });

  it("touches every list, the home page, the feed, the sitemap and the producer when it is published or hidden", () => {
    for (const [before, after] of [
      [draft, reuse()],
      [reuse(), draft],
      [reuse(), undefined],
      [reuse(), reuse({ deleted: true })],
    ] as const) {
      // Publishing counts as a change of lists whatever the write said it was.
      expect(writeTags(before, after, "content")).toEqual(
        expect.arrayContaining([
          "reuse:carte",
          "listings",
          "home",
          "feed",
          "sitemap",
          "organization:5f00000000000000000000aa",
        ]),
      );
    }
  });

  it("touches a person's list of reuses, not every reuse page (theirs come from the browser)", () => {
    const mine = reuse({ organization: undefined, owner: "5f00000000000000000000bb" });
    const tags = writeTags(mine, mine, "membership");
    expect(tags).toContain("owner:5f00000000000000000000bb");
    expect(tags).not.toContain("reuse-pages");
  });
});

describe("answerTags", () => {
  const list = {
    data: [
      { id: "i1", slug: "s1" },
      { id: "i2", slug: "s2" },
    ],
    total: 2,
  };

  it("tags a listing's answer with its reuses and its kind", () => {
    expect(answerTags("reuses.list", { page: 1 }, list)).toEqual([
      "listings",
      "reuse:i1",
      "reuse:s1",
      "reuse:i2",
      "reuse:s2",
    ]);
    expect(answerTags("reuses.list", { q: "carte" }, list)).toContain("listings:changing");
    expect(answerTags("reuses.list", { sort: "-last_modified" }, list)).toContain("listings:changing");
  });

  it("tags a reuse by the address it was read at, and a producer's list by the producer", () => {
    expect(answerTags("reuses.get", { slug: "old" }, { id: "i1", slug: "new" })).toEqual([
      "reuse:old",
      "reuse:i1",
      "reuse:new",
    ]);
    expect(answerTags("reuses.byProducer", { kind: "organization", id: "o1" }, list)[0]).toBe("organization:o1");
    expect(answerTags("seo.feed", null, list)[0]).toBe("feed");
  });

  it("tags a reuse's discussions with the reuse: a post invalidates them with its pages", () => {
    expect(answerTags("reuses.discussions", { id: "i1", page: 1 }, { data: [{ id: "d1" }], total: 1 })).toEqual([
      "reuse:i1",
    ]);
  });

  it("leaves untagged what no write of a reuse changes; badge kinds are read again after a badge write", () => {
    expect(answerTags("reuses.types", null, [{ id: "api" }])).toEqual([]);
    expect(answerTags("reuses.badges", null, [{ id: "laureat" }])).toEqual(["badge-kinds"]);
    expect(answerTags("organizations.name", { id: "o1" }, { name: "Etalab" })).toEqual([]);
  });
});

describe("pageTags", () => {
  it("tags a page with the reuses and organizations it links to, and its kind", () => {
    const body = '<a href="/reuses/carte">x</a><a href="/reuses?topic=t&amp;organization=5f00000000000000000000aa">';
    expect(pageTags("/reuses?page=2", body)).toEqual(
      expect.arrayContaining(["reuse:carte", "organization:5f00000000000000000000aa", "listings"]),
    );
    expect(pageTags("/reuses?page=2", body)).not.toContain("listings:changing");
    expect(pageTags("/reuses?q=carte", "")).toContain("listings:changing");
    expect(pageTags("/", "")).toEqual(["home"]);
    expect(pageTags("/reuses/feed.xml", "")).toEqual(["feed"]);
    expect(pageTags("/sitemaps/reuses-1.xml", "<loc>https://x/reuses/carte</loc>")).toEqual(["reuse:carte", "sitemap"]);
    expect(pageTags("/reuses/carte/abonnes", "")).toEqual(["reuse:carte", "reuse-pages"]);
  });

  it("tags a reuse's embed card as one of its pages, even one that links to nothing (a 404 kept a moment)", () => {
    expect(pageTags("/embeds/reuses/carte", "")).toEqual(["reuse:carte", "reuse-pages"]);
  });
});

describe("the invalidation header", () => {
  it("carries the invalidations of a batch of writes", () => {
    const header = [
      encodeInvalidation({ at: 5, tags: ["reuse:a", "listings"] }),
      encodeInvalidation({ at: 6, tags: ["reuse:b"] }),
    ].join(", ");
    expect(decodeInvalidations(header)).toEqual([
      { at: 5, tags: ["reuse:a", "listings"] },
      { at: 6, tags: ["reuse:b"] },
    ]);
    expect(decodeInvalidations("garbage")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";

import { feedAlternateTypes, homeUrl } from "./site-urls";

describe("feedAlternateTypes", () => {
  it("points each page to the feed of its own language", () => {
    expect(feedAlternateTypes("Nouvelles réutilisations", "fr")).toEqual({
      "application/atom+xml": [{ url: "/reuses/feed.xml", title: "Nouvelles réutilisations" }],
    });
    expect(feedAlternateTypes("New reuses", "en")).toEqual({
      "application/atom+xml": [{ url: "/en/reuses/feed.xml", title: "New reuses" }],
    });
  });
});

describe("homeUrl", () => {
  it("is the site itself in French and its /en page in English, without a trailing slash", () => {
    expect(homeUrl("https://site.example/", "fr")).toBe("https://site.example");
    expect(homeUrl("https://site.example", "en")).toBe("https://site.example/en");
  });
});

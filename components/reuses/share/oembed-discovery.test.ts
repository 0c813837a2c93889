import { describe, expect, it } from "vitest";

import { withOembedDiscovery } from "./oembed-discovery";

describe("withOembedDiscovery", () => {
  it("adds the oEmbed link and keeps the canonical URL and the feed", () => {
    const feed = { "application/atom+xml": [{ url: "/reuses/feed.xml", title: "Flux" }] };
    const metadata = withOembedDiscovery(
      { title: "Carte", alternates: { canonical: "/reuses/carte", types: feed } },
      "https://site.example/reuses/carte",
      "Carte",
    );
    expect(metadata.title).toBe("Carte");
    expect(metadata.alternates).toEqual({
      canonical: "/reuses/carte",
      types: {
        ...feed,
        "application/json+oembed": [
          { url: "/oembed?url=https%3A%2F%2Fsite.example%2Freuses%2Fcarte&format=json", title: "Carte" },
        ],
      },
    });
  });
});

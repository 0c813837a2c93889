import { describe, expect, it } from "vitest";

import { shareLinks } from "./share-links";

const links = shareLinks({
  url: "https://site.example/reuses/carte-velo",
  text: "Carte & vélo",
  emailSubject: "Carte & vélo",
  emailBody: "À voir : https://site.example/reuses/carte-velo",
});

describe("shareLinks", () => {
  it("writes an e-mail with its subject and body, spaces as %20", () => {
    expect(links.email).toBe(
      "mailto:?subject=Carte%20%26%20v%C3%A9lo&body=%C3%80%20voir%20%3A%20https%3A%2F%2Fsite.example%2Freuses%2Fcarte-velo",
    );
  });

  it("sends the text and the URL to each network's share page, and nothing else", () => {
    const post = "Carte & vélo https://site.example/reuses/carte-velo";
    const mastodon = new URL(links.mastodon);
    expect(mastodon.origin + mastodon.pathname).toBe("https://s2f.kytta.dev/");
    expect([...mastodon.searchParams]).toEqual([["text", post]]);
    const linkedin = new URL(links.linkedin);
    expect(linkedin.origin + linkedin.pathname).toBe("https://www.linkedin.com/sharing/share-offsite/");
    expect([...linkedin.searchParams]).toEqual([["url", "https://site.example/reuses/carte-velo"]]);
    const bluesky = new URL(links.bluesky);
    expect(bluesky.origin + bluesky.pathname).toBe("https://bsky.app/intent/compose");
    expect([...bluesky.searchParams]).toEqual([["text", post]]);
  });
});

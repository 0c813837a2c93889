import { describe, expect, it } from "vitest";

import { embedCardHtml, embedFailureHtml } from "./embed-card";

const HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';

describe("embedCardHtml", () => {
  const html = embedCardHtml({
    title: "Carte des pistes",
    pageUrl: "https://site.example/reuses/carte-des-pistes",
    producerName: "Ville de Lyon",
    image: "https://static.example/carte.png",
  });

  it("is a whole document: image, title linking to the reuse's page in a new tab, producer, the site", () => {
    expect(html).toMatch(/^<!DOCTYPE html><html lang="fr">/);
    expect(html).toContain("<title>Carte des pistes · Réutilisations data.gouv.fr</title>");
    expect(html).toContain('<img src="https://static.example/carte.png" alt=""');
    expect(html).toContain(
      '<a href="https://site.example/reuses/carte-des-pistes" target="_blank" rel="noopener">Carte des pistes',
    );
    expect(html).toContain("(nouvel onglet)");
    expect(html).toContain("<p>Publiée par Ville de Lyon</p>");
    expect(html).toContain('<link rel="canonical" href="https://site.example/reuses/carte-des-pistes">');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it("runs no script and loads no stylesheet", () => {
    expect(html).not.toMatch(/<script|<link rel="stylesheet"/);
  });

  it("renders hostile text inert", () => {
    const hostile = embedCardHtml({
      title: HOSTILE,
      pageUrl: "https://s/reuses/x",
      producerName: HOSTILE,
      image: undefined,
    });
    expect(hostile).not.toContain("<script>");
    expect(hostile).not.toContain("<img src=x");
    expect(hostile).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("embedFailureHtml", () => {
  it("says why there is no card and links to the site", () => {
    const html = embedFailureHtml("gone", "https://site.example");
    expect(html).toContain("<h1>Cette réutilisation a été supprimée.</h1>");
    expect(html).toContain('<a href="https://site.example" target="_blank" rel="noopener">');
  });
});

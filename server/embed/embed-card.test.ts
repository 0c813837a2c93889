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

describe("embedCardHtml in English", () => {
  const html = embedCardHtml({
    locale: "en",
    title: "Carte des pistes",
    pageUrl: "https://site.example/en/reuses/carte-des-pistes",
    producerName: "Ville de Lyon",
    image: undefined,
  });

  it("is an English document whose words are English, the reuse's title marked French", () => {
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(html).toContain("<title>Carte des pistes · data.gouv.fr Reuses</title>");
    expect(html).toContain(
      '<a href="https://site.example/en/reuses/carte-des-pistes" target="_blank" rel="noopener">' +
        '<span lang="fr">Carte des pistes</span><span class="hint"> (new tab)</span></a>',
    );
    expect(html).toContain("<p>Published by Ville de Lyon</p>");
    expect(html).toContain("<p>data.gouv.fr Reuses</p>");
    expect(html).not.toMatch(/nouvel onglet|Publiée|Réutilisations data/);
  });

  it("says in English why there is no card, linking to the English home page", () => {
    const failure = embedFailureHtml("not-found", "https://site.example", "en");
    expect(failure).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(failure).toContain("<h1>This reuse cannot be found.</h1>");
    expect(failure).toContain('<a href="https://site.example/en" target="_blank" rel="noopener">');
  });
});

describe("embedFailureHtml", () => {
  it("says why there is no card and links to the site", () => {
    const html = embedFailureHtml("gone", "https://site.example");
    expect(html).toContain("<h1>Cette réutilisation a été supprimée.</h1>");
    expect(html).toContain('<a href="https://site.example" target="_blank" rel="noopener">');
  });
});

import { describe, expect, it } from "vitest";

import { deferHydration } from "./deferred-hydration";

const PAGE = [
  "<!DOCTYPE html><html><head>",
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script src="/_next/static/chunks/turbopack-b.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
  "</head><body><main>Réutilisations</main>",
  '<script id="_R_">(globalThis.TURBOPACK=globalThis.TURBOPACK||[]).push({})</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  "</body></html>",
].join("");

describe("deferHydration", () => {
  const html = deferHydration(PAGE);

  it("takes the framework's async chunks and their preloads out of the page", () => {
    expect(html).not.toMatch(/<script src="\/_next\/static\/chunks\/(a|turbopack-b)\.js"/);
    expect(html).not.toContain('rel="preload" as="script"');
  });

  it("keeps the inline data the framework reads once it runs, and the nomodule polyfill no browser loads", () => {
    expect(html).toContain('<script id="_R_">');
    expect(html).toContain("self.__next_f");
    expect(html).toContain('<script src="/_next/static/chunks/polyfill.js" noModule="">');
  });

  it("adds, at the end of the body, a loader that brings back exactly those chunks", () => {
    const loader = /<script>(\(function\(sources\)[\s\S]*?)<\/script><\/body>/.exec(html)?.[1];
    expect(loader).toContain('(["/_next/static/chunks/a.js","/_next/static/chunks/turbopack-b.js"]);');
    for (const event of ["pointermove", "touchstart", "keydown", "focusin"]) expect(loader).toContain(`"${event}"`);
    expect(loader).toContain('[data-hydrate="visible"]');
  });

  it("leaves a document without chunks as it is (an XML sitemap, a page already without scripts)", () => {
    const plain = "<html><body><p>Sans script</p></body></html>";
    expect(deferHydration(plain)).toBe(plain);
  });
});

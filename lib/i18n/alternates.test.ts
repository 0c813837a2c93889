import { describe, expect, it } from "vitest";

import { languageAlternates, openGraphLocales } from "./alternates";

describe("languageAlternates", () => {
  it("gives a French page its canonical URL and the page in each language, French by default", () => {
    expect(languageAlternates("fr", "/reuses/carte")).toEqual({
      canonical: "/reuses/carte",
      languages: { fr: "/reuses/carte", en: "/en/reuses/carte", "x-default": "/reuses/carte" },
    });
  });

  it("makes an English page's canonical URL its English one, with the same alternates", () => {
    expect(languageAlternates("en", "/")).toEqual({
      canonical: "/en",
      languages: { fr: "/", en: "/en", "x-default": "/" },
    });
    expect(languageAlternates("en", "/reuses?page=2").canonical).toBe("/en/reuses?page=2");
  });

  it("gives the producer area none: one URL for every language, never indexed", () => {
    expect(languageAlternates("en", "/dashboard/profile")).toEqual({});
  });
});

describe("openGraphLocales", () => {
  it("names the page's language and the other one", () => {
    expect(openGraphLocales("en")).toEqual({ locale: "en_GB", alternateLocale: ["fr_FR"] });
    expect(openGraphLocales("fr")).toEqual({ locale: "fr_FR", alternateLocale: ["en_GB"] });
  });
});

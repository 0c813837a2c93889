import { describe, expect, it, vi } from "vitest";

import { translatorFor } from "~/lib/i18n/translator";

import { reuseMetadata } from "./metadata";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "reuse") => translatorFor(namespace),
  getLocale: async () => "fr",
}));

const REUSE = { slug: "carte-des-gares", title: "Carte des gares", archived: null };

async function cardImages(image: string | null) {
  const metadata = await reuseMetadata({ ...REUSE, image }, "Une carte.");
  return metadata.openGraph?.images;
}

describe("reuseMetadata", () => {
  it("gives the reuse's raster image to the social cards", async () => {
    for (const image of ["https://static.data.gouv.fr/images/a/b-500.png", "https://example.org/c.JPEG?v=2"]) {
      expect(await cardImages(image)).toEqual([{ url: image, alt: "" }]);
    }
    expect(await cardImages("https://example.org/c.webp")).toEqual([{ url: "https://example.org/c.webp", alt: "" }]);
  });

  it("leaves the card's image to the route's generated one for an SVG, no image or a refused URL", async () => {
    for (const image of [
      "https://static.data.gouv.fr/images/a/b.svg",
      "https://example.org/logo.SVG?v=1",
      "https://example.org/sans-extension",
      "javascript:alert(1)//x.png",
      null,
    ]) {
      expect(await cardImages(image), String(image)).toBeUndefined();
    }
  });
});

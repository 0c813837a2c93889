import { describe, expect, it } from "vitest";

import { isFramablePath } from "./embed-frame";

describe("isFramablePath", () => {
  it("lets a reuse's embed card be framed, with or without a query", () => {
    expect(isFramablePath("/embeds/reuses/carte-des-pistes")).toBe(true);
    expect(isFramablePath("/embeds/reuses/5f0c8e2a9b1d4c0012345678?x=1")).toBe(true);
    expect(isFramablePath("/en/embeds/reuses/carte-des-pistes")).toBe(true);
  });

  it.each([
    "/",
    "/reuses/carte-des-pistes",
    "/embeds/reuses/carte-des-pistes/",
    "/embeds/reuses/",
    "/embeds/reuses",
    "/%65mbeds/reuses/carte-des-pistes",
    "/embeds/%72euses/carte-des-pistes",
    "/embeds/reuses/carte%2Fdes",
    "/embeds/../reuses/carte-des-pistes",
    "/embeds/reuses/..",
    "/embeds/reuses/./x",
    "/embeds/reuses/x/..",
    "//embeds/reuses/x",
    "/embeds//reuses/x",
    "/EMBEDS/reuses/x",
    "/embeds/reuses/x;y",
    "/embeds/reuses/x/abonnes",
    "/sign-in?next=/embeds/reuses/x",
    "/en/embeds/reuses/x/",
    "/fr/embeds/reuses/x",
    "/%65n/embeds/reuses/x",
    "/en//embeds/reuses/x",
    "/EN/embeds/reuses/x",
    "/en/reuses/x",
  ])("keeps every other path unframable: %s", (path) => {
    expect(isFramablePath(path)).toBe(false);
  });
});

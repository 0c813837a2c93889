import { describe, expect, it } from "vitest";

import { isDashboardPath, localizedPath, splitLocale } from "./paths";

describe("localizedPath", () => {
  it("leaves French paths as they are", () => {
    expect(localizedPath("fr", "/reuses?q=eau")).toBe("/reuses?q=eau");
  });

  it.each([
    ["/", "/en"],
    ["/reuses", "/en/reuses"],
    ["/reuses?q=eau&page=2", "/en/reuses?q=eau&page=2"],
    ["/reuses/carte#discussions", "/en/reuses/carte#discussions"],
    ["/?page=2", "/en?page=2"],
    ["/#contenu", "/en#contenu"],
    ["/sign-in?callbackUrl=%2Freuses", "/en/sign-in?callbackUrl=%2Freuses"],
  ])("puts %s under /en", (path, english) => {
    expect(localizedPath("en", path)).toBe(english);
  });

  it.each([
    "/dashboard",
    "/dashboard/profile?x=1",
    "/api/trpc/x",
    "https://www.data.gouv.fr/",
    "//evil.example/",
    "#top",
    "?page=2",
  ])("leaves %s as it is: the producer area, the API and other sites have one URL", (path) => {
    expect(localizedPath("en", path)).toBe(path);
  });

  it("leaves a path that already has its language as it is", () => {
    expect(localizedPath("en", "/en/reuses?q=eau")).toBe("/en/reuses?q=eau");
    expect(localizedPath("en", "/en")).toBe("/en");
    expect(localizedPath("en", "/english")).toBe("/en/english");
  });

  it("does not take a path that only starts like the producer area's for it", () => {
    expect(localizedPath("en", "/dashboards")).toBe("/en/dashboards");
  });
});

describe("splitLocale", () => {
  it.each([
    ["/en", "en", "/"],
    ["/en/reuses", "en", "/reuses"],
    ["/en?x=1", "en", "/?x=1"],
    ["/reuses", "fr", "/reuses"],
    ["/", "fr", "/"],
    ["/english", "fr", "/english"],
    ["/de/reuses", "fr", "/de/reuses"],
  ])("reads %s as %s, %s", (path, locale, rest) => {
    expect(splitLocale(path)).toEqual({ locale, path: rest });
  });
});

describe("isDashboardPath", () => {
  it("knows the producer area's paths", () => {
    expect(isDashboardPath("/dashboard")).toBe(true);
    expect(isDashboardPath("/dashboard/reuses/new")).toBe(true);
    expect(isDashboardPath("/dashboard?page=2")).toBe(true);
    expect(isDashboardPath("/dashboards")).toBe(false);
    expect(isDashboardPath("/reuses/dashboard")).toBe(false);
  });
});

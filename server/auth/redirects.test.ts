import { describe, expect, it } from "vitest";

import { DEFAULT_CALLBACK_PATH, safeCallbackPath } from "./redirects";

const base = "https://reuses.example.org";

describe("safeCallbackPath", () => {
  it.each([
    ["/dashboard/reuses?status=draft", "/dashboard/reuses?status=draft"],
    ["/reuses/une-reuse#abonnes", "/reuses/une-reuse#abonnes"],
    [`${base}/dashboard/profile`, "/dashboard/profile"],
  ])("keeps %s on this site", (candidate, expected) => {
    expect(safeCallbackPath(candidate, base)).toBe(expected);
  });

  it.each([
    "https://evil.example/phish",
    "//evil.example/phish",
    "/\\evil.example/phish",
    "\\\\evil.example",
    "http://reuses.example.org/dashboard",
    "javascript:alert(1)",
    "data:text/html,hi",
    "https://reuses.example.org.evil.example/",
    "/api/auth/signout",
    "/sign-in",
    "",
    undefined,
  ])("sends %s to the dashboard", (candidate) => {
    expect(safeCallbackPath(candidate, base)).toBe(DEFAULT_CALLBACK_PATH);
  });
});

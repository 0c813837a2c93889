import { describe, expect, it } from "vitest";

import { env } from "~/server/env";
import { isSameOrigin } from "./same-origin";

const site = new URL(env.NEXTAUTH_URL).origin;

describe("isSameOrigin", () => {
  it("accepts the site's own origin", () => {
    expect(isSameOrigin(new Headers({ origin: site }))).toBe(true);
    expect(isSameOrigin(new Headers({ "sec-fetch-site": "same-origin" }))).toBe(true);
  });

  it.each<Record<string, string>>([
    { origin: "https://evil.example" },
    { origin: "null" },
    { origin: `${site}.evil.example` },
    { "sec-fetch-site": "cross-site" },
    { "sec-fetch-site": "same-site" },
    {},
  ])("refuses %o", (headers) => {
    expect(isSameOrigin(new Headers(headers))).toBe(false);
  });
});

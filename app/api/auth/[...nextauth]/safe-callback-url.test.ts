import { describe, expect, it } from "vitest";

import { makeCallbackUrlSafe } from "./safe-callback-url";

const BASE = "https://reutilisations.example";

function made(search: string) {
  const url = new URL(`/api/auth/session${search}`, BASE);
  makeCallbackUrlSafe(url.searchParams, BASE);
  return url.searchParams.getAll("callbackUrl");
}

describe("makeCallbackUrlSafe", () => {
  it("replaces a callbackUrl next-auth cannot read by the dashboard", () => {
    expect(made('?callbackUrl=<script>alert("fz1")</script>')).toEqual(["/dashboard"]);
    expect(made("?callbackUrl=x")).toEqual(["/dashboard"]);
    expect(made("?callbackUrl=javascript:alert(3)")).toEqual(["/dashboard"]);
  });

  it("keeps a path of the site, and makes an absolute URL of the site a path", () => {
    expect(made("?callbackUrl=%2Fdashboard%2Fprofile%3Fq%3Da")).toEqual(["/dashboard/profile?q=a"]);
    expect(made(`?callbackUrl=${encodeURIComponent(`${BASE}/reuses`)}`)).toEqual(["/reuses"]);
  });

  it("sends another site's URL to the dashboard, and repeated values become one", () => {
    expect(made("?callbackUrl=https%3A%2F%2Fevil.example%2F&callbackUrl=%2Freuses")).toEqual(["/dashboard"]);
  });

  it("leaves a URL without callbackUrl alone", () => {
    expect(made("?other=1")).toEqual([]);
  });
});

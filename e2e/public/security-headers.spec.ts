import { createHash } from "node:crypto";

import type { Page } from "@playwright/test";

import { expect, test } from "../fixtures";
import { seedReuse, uniqueTitle } from "./reuse-seed";

/** Opens `path` and checks its security headers and that the page runs under its own CSP. */
async function expectSecurePage(page: Page, path: string) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(path);
  const headers = response?.headers() ?? {};

  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  // Exactly the page's own inline scripts are allowed (JSON-LD is data: never run, it needs none).
  const html = (await response?.text()) ?? "";
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = ""]) => !attributes.includes('type="application/ld+json"'))
    .map(([, , content = ""]) => `'sha256-${createHash("sha256").update(content).digest("base64")}'`);
  const allowed = /script-src 'self' ([^;]*)/.exec(csp)?.[1]?.split(" ") ?? [];
  expect(new Set(allowed)).toEqual(new Set(inline));
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
  expect(headers["x-powered-by"]).toBeUndefined();

  // The page hydrates under that policy: no script or style of its own was refused.
  await page.waitForLoadState("load");
  expect(violations).toEqual([]);
}

test.describe("security headers", () => {
  for (const path of ["/", "/reuses", "/sign-in"]) {
    test(`${path} carries a hash-based CSP that the page itself respects`, async ({ page }) => {
      await expectSecurePage(page, path);
    });
  }

  test("a reuse's page carries them, its JSON-LD needs no hash and every inline script runs", async ({
    page,
    sandbox,
  }) => {
    const owner = await sandbox.createUser({ first_name: "Inès", last_name: "Hachée" });
    const reuse = await seedReuse(sandbox, owner, { title: uniqueTitle("Carte"), description: "Une carte." });
    await expectSecurePage(page, `/reuses/${reuse.slug}`);
    await expect(page.locator('script[type="application/ld+json"]').first()).toBeAttached();
  });

  test("the dashboard carries them too", async ({ page, sandbox, signIn }) => {
    const user = await sandbox.createUser({ first_name: "Hélène", last_name: "Tête" });
    await signIn(user.apikey);
    await expectSecurePage(page, "/dashboard");
    await expect(page.getByText("Connecté en tant que Hélène Tête")).toBeVisible();
  });

  test("public pages are served from the page cache to the next visitor", async ({ request }) => {
    // A search of its own: a page no other test has asked for.
    const url = `/reuses?q=cache-probe-${Date.now()}`;
    const first = await request.get(url);
    const second = await request.get(url);
    expect(first.headers()["x-page-cache"]).toBe("miss");
    expect(second.headers()["x-page-cache"]).toBe("hit");
    expect(await second.text()).toBe(await first.text());
    expect(second.headers()["content-security-policy"]).toBe(first.headers()["content-security-policy"]);
    // What Next.js renders a page by (its router's headers) and Accept-Encoding, from the cache as rendered.
    expect(first.headers()["vary"]).toMatch(/^rsc, .*Accept-Encoding$/);
    expect(second.headers()["vary"]).toBe(first.headers()["vary"]);
  });

  test("parameters a page does not read cannot make it render again", async ({ request }) => {
    const url = `/reuses?q=cache-probe-${Date.now()}`;
    const first = await request.get(url);
    expect(first.headers()["x-page-cache"]).toBe("miss");
    for (const extra of ["x=1", "x=2", "utm_source=lettre&fbclid=abc"]) {
      const again = await request.get(`${url}&${extra}`);
      expect(again.headers()["x-page-cache"]).toBe("hit");
      expect(await again.text()).toBe(await first.text());
    }
  });
});

import { type APIResponse, type Page, type Response } from "@playwright/test";

import { expect, test } from "../fixtures";

// What a visitor sees when data.gouv.fr fails (DESIGN.md, "Upstream failures are expected"). Faults apply to
// every test, so these run alone (@isolated). Each asks for a listing page no other test asks for: the front
// server keeps rendered pages 10 s and the data cache keeps upstream answers, and a page seen elsewhere would not
// reach data.gouv.fr at all.

/** Server internals a page must never show: error classes, tRPC codes, file paths, stack frames. */
const INTERNALS = [
  /TRPCError|UpstreamError|UpstreamCause/,
  /SERVICE_UNAVAILABLE|BAD_GATEWAY|GATEWAY_TIMEOUT|TOO_MANY_REQUESTS|INTERNAL_SERVER_ERROR/,
  /node_modules|webpack-internal|\/work\/|\.tsx?:\d+/,
  /^\s*at \S/m,
  /\bat \S+ \(\S+:\d+:\d+\)/,
];

async function expectNoInternals(answer: APIResponse | Response | null) {
  const html = (await answer?.text()) ?? "";
  for (const pattern of INTERNALS) expect(html, `the page shows ${pattern}`).not.toMatch(pattern);
}

/** The reuse pages a listing links to. */
async function reuseLinks(page: Page) {
  const hrefs = await page
    .getByRole("main")
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.filter((href) => /^\/reuses\/[a-z0-9][a-z0-9-]*$/.test(href));
}

test.describe("when data.gouv.fr fails", { tag: "@isolated" }, () => {
  test("a page seen before still shows its content, even rendered afresh", async ({
    page,
    sandbox,
    baseURL,
    checkA11y,
  }) => {
    const url = "/reuses?page=104";
    expect((await page.goto(url))?.status()).toBe(200);
    const shown = await reuseLinks(page);
    expect(shown.length).toBeGreaterThan(0);

    await sandbox.setFaults({ status: 503 });
    // A session cookie makes the front server render the page again instead of serving its rendered copy: what
    // follows comes from the data cache, while data.gouv.fr answers 503 to everything.
    // (Its path keeps it off /api/auth/session, where the browser's user menu would send it to next-auth.)
    await page
      .context()
      .addCookies([
        { name: "next-auth.session-token", value: "x", domain: new URL(baseURL ?? "").hostname, path: "/reuses" },
      ]);
    const again = await page.goto(url);
    expect(again?.status()).toBe(200);
    expect(again?.headers()["x-page-cache"]).toBeUndefined();
    expect(await reuseLinks(page)).toEqual(shown);
    await checkA11y();
  });

  test("a page never seen answers 503: a friendly French page with a retry link", async ({
    page,
    sandbox,
    checkA11y,
  }) => {
    const url = "/reuses?page=113";
    await sandbox.setFaults({ status: 503 });
    const answer = await page.goto(url);

    expect(answer?.status()).toBe(503);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page momentanément indisponible");
    await expect(page.getByText("data.gouv.fr est indisponible pour le moment.")).toBeVisible();
    const retry = page.getByRole("link", { name: "Réessayer" });
    await expect(retry).toHaveAttribute("href", url);
    await expectNoInternals(answer);
    await checkA11y();

    // Once data.gouv.fr is back, the link brings the page back.
    await sandbox.clearFaults();
    const [retried] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith(url)),
      retry.click(),
    ]);
    expect(retried.status()).toBe(200);
    expect((await reuseLinks(page)).length).toBeGreaterThan(0);
  });

  test("a page whose data.gouv.fr call hangs answers 504 within the 5 s timeout plus 1 s", async ({
    request,
    sandbox,
  }) => {
    await sandbox.setFaults({ hang: true });
    const started = Date.now();
    const answer = await request.get("/reuses?page=114", { timeout: 20_000 });
    const elapsed = Date.now() - started;

    expect(answer.status()).toBe(504);
    expect(elapsed).toBeLessThan(6_000);
    expect(await answer.text()).toContain("data.gouv.fr ne répond pas, réessayez dans un instant.");
    await expectNoInternals(answer);
  });

  for (const { fault, url, status, message } of [
    {
      fault: { malformed: true },
      url: "/reuses?page=115",
      status: 502,
      message: "data.gouv.fr a renvoyé une réponse inattendue, réessayez plus tard.",
    },
    {
      fault: { status: 500 },
      url: "/reuses?page=116",
      status: 502,
      message: "data.gouv.fr est indisponible pour le moment.",
    },
  ]) {
    test(`a page never seen answers ${status} when data.gouv.fr answers ${JSON.stringify(fault)}`, async ({
      page,
      sandbox,
    }) => {
      await sandbox.setFaults(fault);
      const answer = await page.goto(url);

      expect(answer?.status()).toBe(status);
      await expect(page.getByText(message)).toBeVisible();
      await expect(page.getByRole("link", { name: "Réessayer" })).toHaveAttribute("href", url);
      await expectNoInternals(answer);
    });
  }

  // data.gouv.fr asking us to slow down makes the page unavailable for a moment: 503, with the retry link.
  test("a page never seen answers 503 when data.gouv.fr answers 429 (too many requests)", async ({ page, sandbox }) => {
    const url = "/reuses?page=117";
    await sandbox.setFaults({ status: 429 });
    const answer = await page.goto(url);

    expect(answer?.status()).toBe(503);
    await expect(page.getByText("Trop de demandes envoyées à data.gouv.fr : réessayez dans un instant.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Réessayer" })).toHaveAttribute("href", url);
    await expectNoInternals(answer);
  });
});

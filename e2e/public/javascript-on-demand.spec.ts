import type { Page } from "@playwright/test";

import { expect, test } from "../fixtures";
import { suggestionBox } from "./listing-helpers";

/** The scripts the page downloads from now on, and any CSP refusal it reports. */
function watchScripts(page: Page) {
  const scripts: string[] = [];
  const refusals: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.url());
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text());
  });
  return { scripts, refusals };
}

test.describe("JavaScript on demand (anonymous public pages)", () => {
  test("a visitor who has not used the page has downloaded no script; the first move loads them, suggestions work", async ({
    page,
  }) => {
    const { scripts, refusals } = watchScripts(page);
    await page.goto("/reuses");
    await page.waitForLoadState("networkidle");
    expect(scripts).toEqual([]);
    await expect(page.getByRole("main").getByRole("article")).toHaveCount(20);

    const box = await suggestionBox(page, "Rechercher une réutilisation");
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((url) => new URL(url).pathname.startsWith("/_next/static/"))).toBe(true);
    await box.fill("transport");
    await expect(page.getByRole("listbox", { name: "Réutilisations suggérées" })).toBeVisible();
    expect(refusals).toEqual([]);
  });

  test("a reuse's page loads them when its other reuses come into view", async ({ page }) => {
    const { scripts } = watchScripts(page);
    await page.setViewportSize({ width: 390, height: 600 });
    await page.goto("/reuses/mybus");
    await page.waitForLoadState("networkidle");
    expect(scripts).toEqual([]);
    await page.getByRole("region", { name: "Du même producteur" }).scrollIntoViewIfNeeded();
    await expect.poll(() => scripts.length).toBeGreaterThan(0);
  });

  test("a signed-in visitor's public pages hydrate at once (their menu names them)", async ({
    page,
    sandbox,
    signIn,
  }) => {
    const user = await sandbox.createUser({ first_name: "Irène", last_name: "Script" });
    await signIn(user.apikey);
    const { scripts } = watchScripts(page);
    await page.goto("/reuses");
    await expect(page.getByText("Irène Script")).toBeVisible();
    expect(scripts.length).toBeGreaterThan(0);
  });

  test("the sign-in page, a form everyone who opens it uses, hydrates at once", async ({ page }) => {
    const { scripts } = watchScripts(page);
    await page.goto("/sign-in");
    await page.waitForLoadState("networkidle");
    expect(scripts.length).toBeGreaterThan(0);
  });
});

import type { Browser } from "@playwright/test";

import { expect, test } from "../fixtures";
import { checkA11y } from "../support/a11y";
import { cardKinds, cards, cardTitles, resultCount } from "./listing-helpers";
import { seedReuse, uniqueTitle } from "./reuse-seed";

const ADEME = "534fff4ca3a7292c64a77c95";

test.use({ javaScriptEnabled: false });

/**
 * axe runs in the page, which it cannot do with JavaScript off: the page is checked as it is without
 * JavaScript in another context whose only difference is that the site's scripts are not loaded.
 */
async function checkA11yWithoutScripts(browser: Browser, baseURL: string | undefined, path: string) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: true });
  await context.route("**/_next/static/**/*.js", (route) => route.abort());
  const page = await context.newPage();
  await page.goto(path);
  await checkA11y(page);
  await context.close();
}

test.describe("the listing without JavaScript", () => {
  test("shows its results, and its filters work as a plain GET form", async ({ page, browser, baseURL }) => {
    await page.goto("/reuses");
    await expect(cards(page)).toHaveCount(20);

    await page.getByLabel("Type", { exact: true }).selectOption({ label: "Visualisation" });
    await page.getByLabel("Thème", { exact: true }).selectOption({ label: "Transports et mobilité" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    // The form sends its empty fields too; the listing answers with the same state's one URL.
    await expect(page).toHaveURL(/\/reuses\?type=visualization&topic=transport_and_mobility$/);
    const kinds = await cardKinds(page);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every(([type, topic]) => type === "Visualisation" && topic === "Transports et mobilité")).toBe(true);

    await page.getByLabel("Trier par").selectOption({ label: "Les plus vues" });
    await page.getByRole("button", { name: "Trier" }).click();
    await expect(page).toHaveURL(/\/reuses\?type=visualization&topic=transport_and_mobility&sort=-views$/);
    await checkA11yWithoutScripts(browser, baseURL, new URL(page.url()).pathname + new URL(page.url()).search);
  });

  test("filters on the type of organization and the date of update", async ({ page, sandbox, browser, baseURL }) => {
    const owner = await sandbox.createUser({ first_name: "Sans", last_name: "Javascript" });
    const title = uniqueTitle("Carte récente");
    await seedReuse(sandbox, owner, { title, description: "Publiée par une personne." });
    await page.goto("/reuses");
    await page.getByRole("searchbox", { name: "Rechercher une réutilisation" }).fill(title);
    await page.getByLabel("Type d’organisation", { exact: true }).selectOption({ label: "Utilisateur" });
    await page.getByLabel("Date de mise à jour", { exact: true }).selectOption({ label: "Les 12 derniers mois" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/\/reuses\?q=[^&]+&producer_type=user&last_update_range=last_12_months$/);
    expect(await cardTitles(page)).toEqual([title]);
    await expect(page.getByLabel("Type d’organisation", { exact: true })).toHaveValue("user");
    const { pathname, search } = new URL(page.url());
    await checkA11yWithoutScripts(browser, baseURL, pathname + search);
  });

  test("searches, pages, and removes a chip", async ({ page }) => {
    await page.goto("/reuses");
    await page.getByRole("searchbox", { name: "Rechercher une réutilisation" }).fill("carte");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/\/reuses\?q=carte$/);
    expect(await resultCount(page)).toBeGreaterThan(20);

    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Page 2" }).click();
    await expect(page).toHaveURL(/\/reuses\?q=carte&page=2$/);
    await page.getByRole("link", { name: "Retirer le filtre Recherche : « carte »" }).click();
    await expect(page).toHaveURL(/\/reuses$/);
  });

  test("filters on an organization through a card's producer link, and keeps it with other filters", async ({
    page,
  }) => {
    await page.goto(`/reuses?organization=${ADEME}`);
    // A text field cannot name an organization without JavaScript: it is hidden, the chip says which one.
    await expect(page.getByRole("combobox", { name: "Organisation", exact: true })).toBeHidden();
    await expect(page.getByRole("link", { name: "Retirer le filtre Organisation : ADEME" })).toBeVisible();
    const producer = cards(page).first().getByRole("link", { name: "Réutilisations de ADEME" });
    await expect(producer).toHaveAttribute("href", `/reuses?organization=${ADEME}`);

    await page.getByLabel("Type", { exact: true }).selectOption({ label: "Application" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(`/reuses?type=application&organization=${ADEME}`);
    await expect(page.getByRole("link", { name: "Retirer le filtre Organisation : ADEME" })).toBeVisible();
  });

  test("the home page's search box is a plain GET form to the listing", async ({ page, browser, baseURL }) => {
    await page.goto("/");
    await expect(page.getByRole("region", { name: "À la une" }).getByRole("article")).toHaveCount(6);
    await checkA11yWithoutScripts(browser, baseURL, "/");
    await page.getByRole("searchbox", { name: "Rechercher une réutilisation" }).fill("vélo");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/\/reuses\?q=v%C3%A9lo$/);
  });
});

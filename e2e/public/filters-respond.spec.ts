import { expect, test } from "../fixtures";
import { expectHydrated, holdScripts } from "../support/before-hydration";
import { resultCount, suggestionBox } from "./listing-helpers";

// Issue 16: with JavaScript, a filter or an order applies as soon as it is chosen, and the new count is
// announced; the organization filter holds its place in the row from the server's HTML on.
test.describe("filters that respond", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("choosing a type or an order applies it at once; the count is a live region", async ({ page, checkA11y }) => {
    await page.goto("/reuses");
    await suggestionBox(page, "Rechercher une réutilisation"); // the first move loads the scripts
    const before = await resultCount(page);
    await page.getByRole("combobox", { name: "Type", exact: true }).selectOption({ label: "Application" });
    await expect(page).toHaveURL(/\/reuses\?type=application$/);
    await expect.poll(() => resultCount(page)).toBeLessThan(before);
    await expect(page.getByRole("heading", { level: 2, name: /réutilisations?$/ })).toHaveAttribute(
      "aria-live",
      "polite",
    );

    await page.getByRole("combobox", { name: "Trier par" }).selectOption({ label: "Les plus vues" });
    await expect(page).toHaveURL(/\/reuses\?type=application&sort=-views$/);
    await checkA11y();
  });

  test("after a filter's chip removes it, its select shows no filter, and the next choice does not bring it back", async ({
    page,
  }) => {
    await page.goto("/reuses?type=application");
    await suggestionBox(page, "Rechercher une réutilisation");
    await page
      .getByRole("link", { name: /Retirer le filtre/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/reuses$/);
    const type = page.getByRole("combobox", { name: "Type", exact: true });
    await expect(type).toHaveValue("");
    await page.getByRole("combobox", { name: "Thème", exact: true }).selectOption({ index: 1 });
    await expect(page).toHaveURL(/\/reuses\?topic=[a-z_]+$/);
  });

  test("the organization filter is in the server's HTML, in the place it keeps once the scripts run", async ({
    page,
  }) => {
    const scripts = await holdScripts(page);
    await page.goto("/reuses", { waitUntil: "domcontentloaded" });
    const field = page.locator("#filter-organization");
    await expect(field).toBeVisible();
    const before = await field.boundingBox();
    await scripts.release();
    await page.mouse.move(10, 10);
    await expectHydrated(field);
    await expect(field).toHaveRole("combobox");
    expect(await field.boundingBox()).toEqual(before);
  });
});

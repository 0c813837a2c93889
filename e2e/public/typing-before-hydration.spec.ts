import { expect, test } from "../fixtures";
import { typeBeforeHydration } from "../support/before-hydration";

// Issue 16: what a person types before the scripts run is still there once they have, and the form sends it.
test.describe("typing before the scripts run (public search)", () => {
  for (const path of ["/", "/reuses?q=transport"]) {
    test(`${path}: every character typed into the search box is kept, then searched`, async ({ page }) => {
      // A searchbox in the server's HTML, a combobox once hydrated: the home's or the listing's `q` field.
      const box = () => page.getByLabel("Rechercher une réutilisation", { exact: true }).and(page.locator("input"));
      await typeBeforeHydration(page, path, box, async () => {
        await box().focus();
        await box().press("ControlOrMeta+a");
        await box().pressSequentially("bicyclette", { delay: 30 });
      });
      await expect(box()).toHaveValue("bicyclette");
      await box().pressSequentially(" vélo");
      await expect(box()).toHaveValue("bicyclette vélo");
      await box().press("Enter");
      await expect(page).toHaveURL(/\/reuses\?q=bicyclette\+v%C3%A9lo$/);
    });
  }

  test("/reuses: a theme and a sort chosen before the scripts run are kept, then applied", async ({ page }) => {
    const theme = () => page.getByLabel("Thème", { exact: true });
    await typeBeforeHydration(page, "/reuses", theme, async () => {
      // The focus is what asks for the scripts (the page defers them until used): they arrive after the choice.
      await theme().focus();
      await theme().selectOption({ label: "Santé" });
      await page.getByLabel("Trier par", { exact: true }).selectOption({ label: "Les plus vues" });
    });
    await expect(theme()).toHaveValue("health");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/\/reuses\?topic=health&sort=-views$/);
  });

  test("/reuses: a name typed into the organization filter is kept, then suggests organizations", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const field = () => page.locator("#filter-organization");
    await typeBeforeHydration(page, "/reuses", field, () => field().pressSequentially("ADE", { delay: 30 }));
    await expect(field()).toHaveValue("ADE");
    await field().pressSequentially("ME");
    await expect(
      page.getByRole("listbox", { name: "Organisations suggérées" }).getByRole("option").first(),
    ).toBeVisible();
  });
});

import { expect, test } from "../fixtures";

// A tab, a bookmark or a search result shows what an unknown address is: "Page introuvable", never the site's
// home title.
for (const path of ["/reuses/does-not-exist-xyz", "/nimporte-quoi"]) {
  test(`${path} is a 404 titled "Page introuvable"`, async ({ page, checkA11y }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle("Page introuvable · Réutilisations");
    await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await checkA11y();
  });
}

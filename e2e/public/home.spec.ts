import { expect, test } from "../fixtures";
import { cards, resultCount, seoTags, suggestionBox } from "./listing-helpers";

test.describe("the home page", () => {
  test("shows a search box, the featured and the newest reuses, and the topics", async ({ page, checkA11y }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce que d’autres ont fait des données publiques");
    await expect(page.getByRole("search", { name: "Rechercher une réutilisation" })).toBeVisible();

    const featured = page.getByRole("region", { name: "À la une" });
    await expect(featured.getByRole("article")).toHaveCount(6);
    const newest = page.getByRole("region", { name: "Les plus récentes" });
    await expect(newest.getByRole("article")).toHaveCount(6);
    const dates = await newest
      .locator("time")
      .evaluateAll((times) => times.map((time) => time.getAttribute("datetime")));
    expect(dates).toEqual([...dates].sort().reverse());
    await checkA11y();
  });

  test("each topic shows its count and leads to the listing filtered on it", async ({ page, checkA11y }) => {
    await page.goto("/");
    const topics = page.getByRole("region", { name: "Explorer par thème" }).getByRole("link");
    await expect(topics).toHaveCount(15);
    for (const link of await topics.all()) {
      await expect(link).toHaveAttribute("href", /^\/reuses\?topic=[a-z_]+$/);
      await expect(link).toHaveText(/\d+ réutilisations?$/);
    }
    const health = page.getByRole("link", { name: /^Santé \d[\d\s\u202f]* réutilisations?$/ });
    const count = Number((await health.innerText()).replace(/\D/g, ""));
    await health.click();

    await expect(page).toHaveURL(/\/reuses\?topic=health$/);
    expect(await resultCount(page)).toBe(count);
    await expect(cards(page).first()).toBeVisible();
    await checkA11y();
  });

  test("the search box suggests reuses and searches the listing", async ({ page }) => {
    await page.goto("/");
    const box = await suggestionBox(page, "Rechercher une réutilisation");
    await box.fill("carte");
    await expect(
      page.getByRole("listbox", { name: "Réutilisations suggérées" }).getByRole("option").first(),
    ).toBeVisible();
    await box.press("Escape");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/\/reuses\?q=carte$/);
    await expect(page.getByRole("combobox", { name: "Rechercher une réutilisation" })).toHaveValue("carte");
  });

  test("tells producers how to publish, through sign-in", async ({ page }) => {
    await page.goto("/");
    const producers = page.getByRole("region", { name: "Vous avez réutilisé des données publiques ?" });
    await expect(producers.getByRole("link", { name: "Se connecter pour publier" })).toHaveAttribute(
      "href",
      "/sign-in",
    );
  });

  test("has its title, description, canonical URL and sharing cards, and is indexed", async ({ page }) => {
    await page.goto("/");
    const tags = await seoTags(page);
    expect(tags.title).toBe("Réutilisations des données publiques de data.gouv.fr");
    expect(tags.description?.length).toBeGreaterThan(50);
    expect(tags.description?.length).toBeLessThanOrEqual(160);
    expect(tags.canonical).toMatch(/^https?:\/\/[^/]+\/?$/);
    expect(tags.robots).toBeNull();
    expect(tags.ogImage).toContain("/opengraph-image");
    expect(tags.twitterCard).toBe("summary_large_image");
  });
});

import { expect, test } from "../fixtures";
import { sidewaysOverflow } from "../support/layout";
import { seedReuse, uniqueTitle } from "./reuse-seed";
import { cardCounters, cardKinds, cards, cardTitles, resultCount, seoTags, suggestionBox } from "./listing-helpers";

const ADEME = "534fff4ca3a7292c64a77c95";

test.describe("the reuse listing", () => {
  test("a visitor goes from the home page to the newest reuses, then to page 2", async ({ page, checkA11y }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Parcourir toutes les réutilisations" }).click();

    await expect(page).toHaveURL(/\/reuses$/);
    await expect(page.getByRole("heading", { level: 1, name: "Réutilisations" })).toBeVisible();
    const titles = page.getByRole("main").getByRole("heading", { level: 3 });
    await expect(titles).toHaveCount(20);
    const firstPage = await titles.allTextContents();
    await checkA11y();

    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Page 2" }).click();
    await expect(page).toHaveURL(/\/reuses\?page=2$/);
    await expect(page.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
    await expect(titles).toHaveCount(20);
    const secondPage = await titles.allTextContents();
    // Tests running alongside publish reuses, which push the newest ones down a page: at most that many repeat.
    expect(secondPage).not.toEqual(firstPage);
    await checkA11y();
  });

  test("page 2 holds the next 20 reuses, none of page 1", async ({ page }) => {
    // Most viewed first: reuses published meanwhile by other tests have no views and go last, not first.
    await page.goto("/reuses?sort=-views");
    const titles = page.getByRole("main").getByRole("heading", { level: 3 });
    await expect(titles).toHaveCount(20);
    const firstPage = await titles.allTextContents();
    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Page 2" }).click();
    await expect(page).toHaveURL(/\/reuses\?(page=2&sort=-views|sort=-views&page=2)$/);
    await expect(titles).toHaveCount(20);
    const secondPage = await titles.allTextContents();
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
  });

  test("the titles are in the HTML the server sends, with no client-side fetching", async ({ page, request }) => {
    const html = await (await request.get("/reuses")).text();
    const trpcCalls: string[] = [];
    page.on("request", (sent) => {
      if (sent.url().includes("/api/trpc")) trpcCalls.push(sent.url());
    });
    await page.goto("/reuses");
    const titles = await cardTitles(page);

    expect(titles).toHaveLength(20);
    for (const title of titles) expect(html).toContain(escapeHtml(title));
    expect(trpcCalls).toEqual([]);
  });

  test("each card links to its reuse and shows its type, producer and date", async ({ page }) => {
    await page.goto("/reuses");
    const card = cards(page).first();
    await expect(card.getByRole("heading").getByRole("link")).toHaveAttribute("href", /^\/reuses\/[a-z0-9-]+$/);
    await expect(card.getByText(/^Publiée le \d{1,2} \S+ \d{4}$/)).toBeVisible();
    const [kind] = await cardKinds(page);
    expect(kind?.[0]).toMatch(/\S/);
  });

  test("typing two letters suggests reuses; Down then Enter opens the first", async ({ page, checkA11y }) => {
    await page.goto("/reuses");
    const box = await suggestionBox(page, "Rechercher une réutilisation");
    await box.fill("v");
    await page.waitForTimeout(400);
    await expect(box).toHaveAttribute("aria-expanded", "false");

    await box.fill("vélo");
    const list = page.getByRole("listbox", { name: "Réutilisations suggérées" });
    await expect(list).toBeVisible();
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await expect(box).toHaveAttribute("aria-controls", (await list.getAttribute("id")) ?? "");
    const options = list.getByRole("option");
    expect(await options.count()).toBeGreaterThan(0);
    await checkA11y();

    await box.press("ArrowDown");
    const first = options.first();
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id")) ?? "");
    await box.press("ArrowUp");
    await expect(options.last()).toHaveAttribute("aria-selected", "true");
    await box.press("ArrowDown");
    await expect(first).toHaveAttribute("aria-selected", "true");

    await box.press("Enter");
    await expect(page).toHaveURL(/\/reuses\/[a-z0-9-]+$/);
  });

  test("Escape closes the suggestions; Enter with none chosen searches", async ({ page, checkA11y }) => {
    await page.goto("/reuses");
    const box = await suggestionBox(page, "Rechercher une réutilisation");
    await box.fill("transport");
    await expect(page.getByRole("listbox", { name: "Réutilisations suggérées" })).toBeVisible();
    await box.press("Escape");
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await expect(box).toHaveValue("transport");

    await box.press("Enter");
    await expect(page).toHaveURL(/\/reuses\?q=transport$/);
    await expect(page.getByRole("link", { name: "Retirer le filtre Recherche : « transport »" })).toBeVisible();
    expect(await resultCount(page)).toBeGreaterThan(0);
    await checkA11y();
  });

  test("each filter alone: type, topic, tag", async ({ page, checkA11y }) => {
    await page.goto("/reuses");
    await page.getByLabel("Type", { exact: true }).selectOption({ label: "API" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/\/reuses\?type=api$/);
    expect((await cardKinds(page)).every(([type]) => type === "API")).toBe(true);
    await checkA11y();

    await page.goto("/reuses");
    await page.getByLabel("Thème", { exact: true }).selectOption({ label: "Santé" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/\/reuses\?topic=health$/);
    const kinds = await cardKinds(page);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every(([, topic]) => topic === "Santé")).toBe(true);

    await page.goto("/reuses");
    await page.getByLabel("Mot-clé", { exact: true }).fill("DVF");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/\/reuses\?tag=dvf$/);
    await expect(page.getByRole("link", { name: "Retirer le filtre Mot-clé : dvf" })).toBeVisible();
    expect(await resultCount(page)).toBeGreaterThan(0);
  });

  test("filters on the type of organization and the date of update, as data.gouv.fr does", async ({
    page,
    sandbox,
    checkA11y,
  }) => {
    const owner = await sandbox.createUser({ first_name: "Fraîche", last_name: "Productrice" });
    const title = uniqueTitle("Carte mise à jour");
    await seedReuse(sandbox, owner, { title, description: "Publiée par une personne, ce mois-ci." });
    await page.goto("/reuses");
    // With JavaScript the search field becomes a combobox at first use: type once it has.
    await (await suggestionBox(page, "Rechercher une réutilisation")).fill(title);
    await page.getByLabel("Type d’organisation", { exact: true }).selectOption({ label: "Utilisateur" });
    await page.getByLabel("Date de mise à jour", { exact: true }).selectOption({ label: "Les 30 derniers jours" });
    await page.getByRole("button", { name: "Filtrer" }).click();

    await expect(page).toHaveURL(/\/reuses\?q=[^&]+&producer_type=user&last_update_range=last_30_days$/);
    await expect(cardTitles(page)).resolves.toEqual([title]);
    await expect(cards(page).first()).toContainText("Mise à jour le");
    await expect(page.getByRole("link", { name: "Retirer le filtre Type d’organisation : Utilisateur" })).toBeVisible();
    await checkA11y();
    await page.getByRole("link", { name: "Retirer le filtre Mise à jour : les 30 derniers jours" }).click();
    await expect(page).toHaveURL(/\/reuses\?q=[^&]+&producer_type=user$/);

    // Organizations with a "public service" badge: no reuse published by a person.
    await page.goto("/reuses?producer_type=public-service");
    expect(await resultCount(page)).toBeGreaterThan(0);
    await expect(page.getByText("Fraîche Productrice")).toHaveCount(0);
  });

  test("older links sorted by title or by update open the default order", async ({ request }) => {
    for (const sort of ["title", "-last_modified"]) {
      const answer = await request.get(`/reuses?topic=health&sort=${sort}`, { maxRedirects: 0 });
      expect(answer.status()).toBe(307);
      expect(answer.headers().location).toBe("/reuses?topic=health");
    }
  });

  test("the organization filter suggests names and filters on the chosen one", async ({ page, checkA11y }) => {
    await page.goto("/reuses");
    const box = await suggestionBox(page, "Organisation");
    await box.fill("ADEME");
    const option = page
      .getByRole("listbox", { name: "Organisations suggérées" })
      .getByRole("option", { name: "ADEME" });
    await expect(option.first()).toBeVisible();
    await checkA11y();
    await option.first().click();

    await expect(page).toHaveURL(`/reuses?organization=${ADEME}`);
    await expect(page.getByRole("link", { name: "Retirer le filtre Organisation : ADEME" })).toBeVisible();
    await expect(cards(page).first()).toBeVisible();
    const producers = await cards(page)
      .getByRole("link", { name: /^Réutilisations de / })
      .allInnerTexts();
    expect(producers.length).toBe(await cards(page).count());
    expect(producers.every((name) => name.replace(/\s+/g, " ").trim() === "Réutilisations de ADEME")).toBe(true);
    await checkA11y();
  });

  test("filters combine, and removing one chip keeps the others", async ({ page, checkA11y }) => {
    await page.goto("/reuses?type=application&topic=health&tag=covid");
    const kinds = await cardKinds(page);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every(([type, topic]) => type === "Application" && topic === "Santé")).toBe(true);
    const combined = await resultCount(page);
    await checkA11y();

    await page.getByRole("link", { name: "Retirer le filtre Type : Application" }).click();
    await expect(page).toHaveURL(/\/reuses\?topic=health&tag=covid$/);
    await expect(page.getByRole("link", { name: "Retirer le filtre Thème : Santé" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Retirer le filtre Mot-clé : covid" })).toBeVisible();
    await expect(page.getByLabel("Type", { exact: true })).toHaveValue("");
    expect((await cardKinds(page)).every(([, topic]) => topic === "Santé")).toBe(true);
    expect(await resultCount(page)).toBeGreaterThanOrEqual(combined);
  });

  test("sorting and paging change the URL and the list; the back button restores each", async ({ page }) => {
    await page.goto("/reuses");
    await page.getByLabel("Trier par").selectOption({ label: "Les plus vues" });
    await page.getByRole("button", { name: "Trier" }).click();
    await expect(page).toHaveURL(/\/reuses\?sort=-views$/);
    const views = await cardCounters(page, /vues?/);
    expect(views).toHaveLength(20);
    expect(views).toEqual([...views].sort((a, b) => b - a));
    const mostViewed = await cardTitles(page);

    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Page 2" }).click();
    await expect(page).toHaveURL(/\/reuses\?sort=-views&page=2$/);
    const secondPage = await cardTitles(page);
    expect(secondPage.some((title) => mostViewed.includes(title))).toBe(false);
    const lessViews = await cardCounters(page, /vues?/);
    expect(lessViews[0]).toBeLessThanOrEqual(views.at(-1) ?? 0);

    await page.goBack();
    await expect(page).toHaveURL(/\/reuses\?sort=-views$/);
    await expect.poll(() => cardTitles(page)).toEqual(mostViewed);
    await expect(page.getByLabel("Trier par")).toHaveValue("-views");
    await page.goBack();
    await expect(page).toHaveURL(/\/reuses$/);
    await expect(page.getByLabel("Trier par")).toHaveValue("");
  });

  test("a search with no result says so and offers a way out", async ({ page, checkA11y }) => {
    await page.goto("/reuses?q=zzqxwv&type=api");
    await expect(page.getByRole("heading", { level: 2, name: "Aucune réutilisation" })).toBeVisible();
    await expect(page.getByText("Aucune réutilisation ne correspond à votre recherche.")).toBeVisible();
    await expect(cards(page)).toHaveCount(0);
    await checkA11y();
    await page.getByRole("link", { name: "Rechercher « zzqxwv » sans filtre" }).click();
    await expect(page).toHaveURL(/\/reuses\?q=zzqxwv$/);
    await page.getByRole("link", { name: "Voir toutes les réutilisations" }).first().click();
    await expect(page).toHaveURL(/\/reuses$/);
  });

  test("a page past the last one is a 404 that leads back to page 1", async ({ page, checkA11y }) => {
    const response = await page.goto(`/reuses?organization=${ADEME}&page=400`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Cette page de résultats n’existe pas" })).toBeVisible();
    await checkA11y();
    await page.getByRole("link", { name: "Revenir à la première page des résultats" }).click();
    await expect(page).toHaveURL(`/reuses?organization=${ADEME}`);
    expect((await page.request.get("/reuses?page=5000")).status()).toBe(404);
  });

  test("a title with no space does not widen the page on a phone", async ({ page, sandbox }) => {
    const user = await sandbox.createUser({ first_name: "Long", last_name: "Titre" });
    const title = `Carte${"sansespace".repeat(12)}${Date.now()}`;
    await seedReuse(sandbox, user, { title, description: "Une carte dont le titre n'a aucune espace.", datasets: 1 });
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`/reuses?q=${title}`);
    await expect(cards(page).first()).toBeVisible();
    expect(await sidewaysOverflow(page)).toBe(0);
  });

  test("parameters it cannot use are dropped, never an error", async ({ request }) => {
    const answer = await request.get("/reuses?type=spaceship&sort=random&organization=../me&page=-3&topic=health", {
      maxRedirects: 0,
    });
    expect(answer.status()).toBe(307);
    expect(answer.headers().location).toBe("/reuses?topic=health");
    const empty = await request.get("/reuses?q=&type=&topic=&tag=&sort=", { maxRedirects: 0 });
    expect(empty.headers().location).toBe("/reuses");
  });

  test("only the plain list is indexed; every page has its sharing cards", async ({ page }) => {
    await page.goto("/reuses");
    const plain = await seoTags(page);
    expect(plain).toMatchObject({ robots: null, ogImage: expect.stringContaining("/opengraph-image") });
    expect(plain.canonical).toMatch(/\/reuses$/);
    expect(plain.twitterCard).toBe("summary_large_image");
    expect(plain.description?.length).toBeLessThanOrEqual(160);

    await page.goto("/reuses?topic=health&page=2");
    const filtered = await seoTags(page);
    expect(filtered.robots).toBe("noindex, follow");
    expect(filtered.canonical).toMatch(/\/reuses$/);
    expect(filtered.ogUrl).toMatch(/\/reuses\?topic=health&page=2$/);
    expect(filtered.title).toContain("Santé");

    await page.goto("/reuses?page=2");
    const later = await seoTags(page);
    expect(later.robots).toBe("noindex, follow");
    expect(later.canonical).toMatch(/\/reuses\?page=2$/);
  });
});

/** React escapes these in text; the rest of a title appears as is. */
function escapeHtml(text: string) {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll("'", "&#x27;")
    .replaceAll('"', "&quot;");
}

import { expect, test } from "../fixtures";
import { seedFollowers, seedReuse, uniqueTitle } from "./reuse-seed";

// axe needs JavaScript in the page: the accessibility of this page is checked in reuse-detail.spec.ts.
test.use({ javaScriptEnabled: false });

test("without JavaScript, a reuse's page shows all its content", async ({ page, sandbox }) => {
  const owner = await sandbox.createUser({ first_name: "Sans", last_name: "Script" });
  const title = uniqueTitle("Carte sans JavaScript");
  const reuse = await seedReuse(sandbox, owner, {
    title,
    description: "Une description **en gras** et [un lien](https://example.org/lien).",
    tags: ["sans-javascript"],
    datasets: 11,
  });
  await seedFollowers(sandbox, reuse.id, 1);

  await page.goto(`/reuses/${reuse.slug}`);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(main.getByText("Publiée par Sans Script")).toBeVisible();
  await expect(main.locator("strong", { hasText: "en gras" })).toBeVisible();
  await expect(main.getByRole("link", { name: "un lien" })).toHaveAttribute("href", "https://example.org/lien");
  await expect(main.getByRole("link", { name: "Mot-clé : sans-javascript" })).toBeVisible();
  await expect(main.getByRole("link", { name: "1 abonné : voir la liste" })).toBeVisible();

  // "Show all" is a <details>: it opens without JavaScript.
  const datasets = main.getByRole("region", { name: "Jeux de données et API utilisés (11)" }).getByRole("link");
  await expect(datasets.filter({ visible: true })).toHaveCount(10);
  await main.getByText("Afficher l'autre jeu de données").click();
  await expect(datasets.filter({ visible: true })).toHaveCount(11);

  // "More from the producer" loads in the browser: without JavaScript the section still leads somewhere.
  const more = main.getByRole("region", { name: "Du même producteur" });
  await expect(more.getByRole("link", { name: "Le profil de Sans Script sur data.gouv.fr" })).toHaveAttribute(
    "href",
    `${sandbox.url}/users/${owner.slug}`,
  );
  await expect(more.getByRole("article")).toHaveCount(0);

  // The followers' page too.
  await main.getByRole("link", { name: "1 abonné : voir la liste" }).click();
  await expect(page.getByRole("main").getByText("Abonnée1 Lectrice")).toBeVisible();
});

test("without JavaScript, an unknown reuse's 404 page says so", async ({ page }) => {
  const response = await page.goto("/reuses/cette-reutilisation-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Voir toutes les réutilisations" })).toBeVisible();
});

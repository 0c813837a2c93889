import { sandboxApi, seedReuse, uniqueTitle } from "../public/reuse-seed";
import { expect, test } from "../fixtures";

const DESCRIPTION = "Une réutilisation privée, pour la recherche des administrateurs du site.";

test.describe("the site admins' search over every reuse", () => {
  test("an admin finds a private reuse by title and by owner, and features it from the list, by keyboard", async ({
    page,
    sandbox,
    signIn,
    checkA11y,
  }) => {
    const producer = await sandbox.createUser({ first_name: "Prune", last_name: "Discrète" });
    const title = uniqueTitle("Brouillon secret");
    const reuse = await seedReuse(sandbox, producer, { title, description: DESCRIPTION, private: true });
    const admin = await sandbox.createUser({ first_name: "Ada", last_name: "Admin", roles: ["admin"] });
    await signIn(admin.apikey);

    await page.goto("/dashboard");
    const nav = page.getByRole("navigation", { name: "Espace producteur" });
    await nav.getByRole("link", { name: "Toutes les réutilisations du catalogue" }).click();
    await expect(page).toHaveURL(/\/dashboard\/admin\/reutilisations$/);
    await expect(page.getByRole("heading", { level: 1, name: "Toutes les réutilisations du catalogue" })).toBeVisible();
    await checkA11y();

    // By title: typed, then Enter sends the GET form; the address carries the search.
    const field = page.getByRole("searchbox", { name: "Titre ou adresse" });
    await field.fill(title);
    await field.press("Enter");
    await expect(page).toHaveURL(/[?&]q=/);
    const row = page.getByRole("row").filter({ hasText: title });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").filter({ hasText: "Privée" })).toBeVisible();
    await expect(row.getByRole("link", { name: title })).toHaveAttribute("href", `/dashboard/reuses/${reuse.id}`);
    await checkA11y();

    // By owner: the producer's name filters on them, keeping the search; then the status alone.
    await row.getByRole("link", { name: /Prune Discrète/ }).click();
    await expect(page).toHaveURL(new RegExp(`owner=${producer.id}`));
    await expect(page.getByText("Publiées par Prune Discrète")).toBeVisible();
    await page.getByRole("searchbox", { name: "Titre ou adresse" }).fill("");
    await page.getByRole("combobox", { name: "Statut" }).selectOption("private");
    await page.getByRole("button", { name: "Rechercher" }).press("Enter");
    await expect(page).toHaveURL(/status=private/);
    const owned = page.getByRole("row").filter({ hasText: title });
    await expect(owned).toHaveCount(1);

    // Featured from the list, by keyboard.
    const feature = owned.getByRole("button", { name: `Mettre en avant « ${title} »` });
    await feature.focus();
    await page.keyboard.press("Enter");
    await expect(owned.getByRole("status")).toHaveText("La réutilisation est mise en avant.");
    await expect(owned.getByRole("button", { name: `Ne plus mettre en avant « ${title} »` })).toBeVisible();
    await checkA11y();
    expect(await sandboxApi(sandbox, "GET", `/reuses/${reuse.id}/`, admin.apikey)).toMatchObject({ featured: true });
  });

  test("a pasted address opens the reuse's management screen", async ({ page, sandbox, signIn }) => {
    const producer = await sandbox.createUser({ first_name: "Lien", last_name: "Collé" });
    const reuse = await seedReuse(sandbox, producer, { title: uniqueTitle("Lien collé"), description: DESCRIPTION });
    const admin = await sandbox.createUser({ first_name: "Ada", last_name: "Admin", roles: ["admin"] });
    await signIn(admin.apikey);
    await page.goto("/dashboard/admin/reutilisations");
    await page
      .getByRole("searchbox", { name: "Titre ou adresse" })
      .fill(`https://www.data.gouv.fr/reuses/${reuse.slug}/`);
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(new RegExp(`/dashboard/reuses/${reuse.id}$`));
  });

  test("anyone else gets no link to it, and the screen says who may use it", async ({ page, sandbox, signIn }) => {
    const producer = await sandbox.createUser({ first_name: "Nina", last_name: "Productrice" });
    await signIn(producer.apikey);
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Espace producteur" });
    await expect(nav.getByRole("link", { name: "Mes réutilisations" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Toutes les réutilisations du catalogue" })).toHaveCount(0);
    await page.goto("/dashboard/admin/reutilisations");
    await expect(page.getByText(/^Seuls les administrateurs de data\.gouv\.fr peuvent/)).toBeVisible();
    await expect(page.getByRole("searchbox")).toHaveCount(0);
  });
});

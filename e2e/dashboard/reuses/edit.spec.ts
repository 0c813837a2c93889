import { sandboxApi, seedFollowers, seedReuse } from "../../public/reuse-seed";
import { expect, test } from "../../fixtures";
import { gradientPng } from "./png";
import { pickDataset, uniqueWord } from "./steps";

const DESCRIPTION = "Une carte des données publiques, pour les tests du tableau de bord des producteurs.";

test.describe("managing a reuse", () => {
  test("editing its title: the public page shows the new one at once", async ({ page, sandbox, signIn, checkA11y }) => {
    const user = await sandbox.createUser({ first_name: "Élise", last_name: "Éditrice" });
    const reuse = await seedReuse(sandbox, user, { title: `Carte ${uniqueWord("avant")}`, description: DESCRIPTION });
    await signIn(user.apikey);
    // Seen (and cached) before the change.
    await page.goto(`/reuses/${reuse.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: reuse.title })).toBeVisible();

    await page.goto("/dashboard");
    await checkA11y();
    await page.getByRole("link", { name: reuse.title, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: reuse.title })).toBeVisible();
    await checkA11y();

    const renamed = `Carte ${uniqueWord("apres")}`;
    await page.getByRole("textbox", { name: "Titre" }).fill(renamed);
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Les modifications sont enregistrées." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();

    await page.getByRole("link", { name: "Voir la page publique" }).click();
    await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
    await page.goto(`/reuses?q=${encodeURIComponent(renamed.split(" ")[1] ?? "")}`);
    await expect(page.getByRole("link", { name: renamed, exact: true })).toBeVisible();
  });

  test("deleting it, after a confirmation: its page answers 410; restoring it brings the page back", async ({
    page,
    sandbox,
    signIn,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Sam", last_name: "Suppression" });
    const reuse = await seedReuse(sandbox, user, {
      title: `Carte ${uniqueWord("supprimee")}`,
      description: DESCRIPTION,
    });
    await signIn(user.apikey);
    await page.goto(`/dashboard/reuses/${reuse.id}`);

    const remove = page.getByRole("button", { name: "Supprimer la réutilisation" });
    await remove.click();
    const dialog = page.getByRole("dialog", { name: "Supprimer cette réutilisation ?" });
    await expect(dialog).toBeVisible();
    await checkA11y();
    await dialog.getByRole("button", { name: "Annuler" }).click();
    await expect(dialog).toBeHidden();
    await expect(remove).toBeFocused();

    await remove.click();
    await dialog.getByRole("button", { name: "Oui, supprimer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "La réutilisation est supprimée." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Restaurer la réutilisation" })).toBeVisible();
    await checkA11y();

    const gone = await page.goto(`/reuses/${reuse.slug}`);
    expect(gone?.status()).toBe(410);
    await expect(page.getByRole("heading", { level: 1, name: "Cette réutilisation a été supprimée" })).toBeVisible();

    await page.goto("/dashboard?status=deleted");
    await page.getByRole("link", { name: reuse.title, exact: true }).click();
    await page.getByRole("button", { name: "Restaurer la réutilisation" }).click();
    await expect(page.getByRole("status").filter({ hasText: "La réutilisation est restaurée." })).toBeVisible();
    const back = await page.goto(`/reuses/${reuse.slug}`);
    expect(back?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: reuse.title })).toBeVisible();
  });

  test("back to draft, archived, datasets removed and added, followers listed", async ({
    page,
    sandbox,
    signIn,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Gaël", last_name: "Gestion" });
    const reuse = await seedReuse(sandbox, user, {
      title: `Carte ${uniqueWord("geree")}`,
      description: DESCRIPTION,
      datasets: 2,
    });
    const [follower] = await seedFollowers(sandbox, reuse.id, 1);
    await signIn(user.apikey);
    await page.goto(`/dashboard/reuses/${reuse.id}`);

    await page.getByRole("button", { name: "Repasser en brouillon" }).click();
    await expect(page.getByRole("status").filter({ hasText: "repassée en brouillon" })).toBeVisible();
    expect((await page.request.get(`/reuses/${reuse.slug}`)).status()).toBe(404);
    await page.getByRole("button", { name: "Publier la réutilisation" }).click();
    await expect(page.getByRole("status").filter({ hasText: "La réutilisation est publiée." })).toBeVisible();

    await page.getByRole("button", { name: "Archiver" }).click();
    await expect(page.getByRole("heading", { name: /Archivée le/ })).toBeVisible();

    const linked = page.getByRole("list", { name: "Jeux de données liés" }).getByRole("listitem");
    await expect(linked).toHaveCount(2);
    await linked
      .first()
      .getByRole("button", { name: /Retirer/ })
      .click();
    await expect(linked).toHaveCount(1);
    await pickDataset(page, "qualité");
    await expect(linked).toHaveCount(2);
    await checkA11y();
    const saved = await sandboxApi<{ datasets: unknown[]; archived: string | null; private: boolean }>(
      sandbox,
      "GET",
      `/reuses/${reuse.id}/`,
      user.apikey,
    );
    expect(saved).toMatchObject({ private: false, archived: expect.any(String) });
    expect(saved.datasets).toHaveLength(2);

    await page
      .getByRole("link", { name: /abonnés?$/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: `Abonnés de « ${reuse.title} »` })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: follower ?? "" })).toBeVisible();
    await checkA11y();
  });
  test("replacing its image: an answer that is not the site's is said so; sent again, the image is saved", async ({
    page,
    sandbox,
    signIn,
  }) => {
    const user = await sandbox.createUser({ first_name: "Iris", last_name: "Image" });
    const reuse = await seedReuse(sandbox, user, { title: `Carte ${uniqueWord("image")}`, description: DESCRIPTION });
    await signIn(user.apikey);
    await page.goto(`/dashboard/reuses/${reuse.id}`);
    await page
      .getByRole("button", { name: "Image (facultatif)" })
      .setInputFiles({ name: "carte.png", mimeType: "image/png", buffer: gradientPng(800, 450) });
    const save = page.getByRole("button", { name: "Enregistrer cette image" });

    const upload = /\/api\/trpc\/producerReuses\.uploadImage$/;
    await page.route(upload, (route) => route.fulfill({ status: 502, contentType: "text/html", body: "<h1>502</h1>" }));
    await save.click();
    await expect(page.getByRole("alert").filter({ hasText: "La réponse du site n’a pas pu être lue" })).toBeVisible();
    await page.unroute(upload);
    await save.click();
    await expect(page.getByRole("status").filter({ hasText: "La nouvelle image est enregistrée." })).toBeVisible();
    const saved = await sandboxApi<{ image: string | null }>(sandbox, "GET", `/reuses/${reuse.id}/`, user.apikey);
    expect(saved.image).toMatch(/\/_sandbox\/uploads\//);
  });
});

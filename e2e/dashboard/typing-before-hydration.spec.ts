import type { Locator, Page } from "@playwright/test";

import { seedReuse } from "../public/reuse-seed";
import { expect, test } from "../fixtures";
import { typeBeforeHydration } from "../support/before-hydration";
import { uniqueWord } from "./reuses/steps";

// Issue 16: the producer area's forms show their values in the server's HTML, and what a person types before
// the scripts run is still there once they have run, then saved.

/** Types over what a field holds, as a person does: select all, then type. */
async function typeOver(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.press("ControlOrMeta+a");
  await field.pressSequentially(text, { delay: 10 });
}

const textbox = (page: Page, name: string | RegExp) => page.getByRole("textbox", { name, exact: true });

test.describe("typing before the scripts run (producer forms)", () => {
  test("sign-in: the key typed before the scripts run signs in", async ({ page, sandbox }) => {
    const user = await sandbox.createUser({ first_name: "Hâtive", last_name: "Clé" });
    const key = () => page.getByLabel("Clé d'API data.gouv.fr", { exact: true });
    await typeBeforeHydration(page, "/sign-in", key, () => typeOver(key(), user.apikey));
    await expect(key()).toHaveValue(user.apikey);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test("profile: the server's HTML holds the values; typed names are kept, then saved", async ({
    page,
    sandbox,
    signIn,
  }) => {
    const user = await sandbox.createUser({ first_name: "Ada", last_name: "Lente" });
    await signIn(user.apikey);
    const html = await (await page.request.get("/dashboard/profile")).text();
    expect(html).toMatch(/<input[^>]*value="Ada"[^>]*>/);
    expect(html).toMatch(/<input[^>]*value="Lente"[^>]*>/);

    const first = () => textbox(page, "Prénom");
    await typeBeforeHydration(page, "/dashboard/profile", first, async () => {
      await typeOver(first(), "Grace");
      await typeOver(textbox(page, "Nom"), "Hopper");
      await typeOver(textbox(page, "À propos (facultatif)"), "Pionnière");
    });
    await expect(first()).toHaveValue("Grace");
    await expect(textbox(page, "Nom")).toHaveValue("Hopper");
    await expect(textbox(page, "À propos (facultatif)")).toHaveValue("Pionnière");
    await page.getByRole("button", { name: "Enregistrer le profil" }).click();
    await expect(page.getByText("Profil enregistré.")).toBeVisible();
    await page.reload();
    await expect(first()).toHaveValue("Grace");
  });

  test("editing a reuse: the typed title and description are kept, then saved", async ({ page, sandbox, signIn }) => {
    const user = await sandbox.createUser({ first_name: "Rémi", last_name: "Rapide" });
    const reuse = await seedReuse(sandbox, user, {
      title: `Carte ${uniqueWord("avant")}`,
      description: "Une carte des données publiques, pour les tests du tableau de bord des producteurs.",
    });
    await signIn(user.apikey);
    const html = await (await page.request.get(`/dashboard/reuses/${reuse.id}`)).text();
    expect(html).toContain(`value="${reuse.title}"`);

    const renamed = `Carte ${uniqueWord("apres")}`;
    const title = () => textbox(page, "Titre");
    await typeBeforeHydration(page, `/dashboard/reuses/${reuse.id}`, title, async () => {
      await typeOver(title(), renamed);
      await typeOver(textbox(page, "Description"), "Une description tapée avant que les scripts ne tournent.");
    });
    await expect(title()).toHaveValue(renamed);
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Les modifications sont enregistrées." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  });

  test("creating a reuse: title, description, address and a tag typed early are all kept", async ({
    page,
    sandbox,
    signIn,
  }) => {
    const user = await sandbox.createUser({ first_name: "Célia", last_name: "Création" });
    await signIn(user.apikey);
    const title = () => textbox(page, "Titre");
    const address = () => page.getByRole("textbox", { name: /Adresse de la réutilisation/ });
    const tag = () => page.getByRole("textbox", { name: /Mots-clés/ });
    await typeBeforeHydration(page, "/dashboard/reuses/new", title, async () => {
      await typeOver(title(), "Carte des pistes cyclables");
      await typeOver(textbox(page, "Description"), "Les pistes cyclables de la ville, sur une carte.");
      await typeOver(address(), "https://exemple.fr/pistes");
      await typeOver(tag(), "velo");
    });
    await expect(title()).toHaveValue("Carte des pistes cyclables");
    await expect(textbox(page, "Description")).toHaveValue("Les pistes cyclables de la ville, sur une carte.");
    await expect(address()).toHaveValue("https://exemple.fr/pistes");
    await expect(tag()).toHaveValue("velo");
    await page.getByRole("button", { name: "Ajouter", exact: true }).click();
    await expect(
      page.getByRole("list", { name: "Mots-clés ajoutés" }).getByText("velo", { exact: true }),
    ).toBeVisible();
    // After "Ajouter", focus stays in the tag field for the next one.
    await expect(tag()).toBeFocused();
  });

  test("API tokens: the name typed early names the new token", async ({ page, sandbox, signIn }) => {
    const user = await sandbox.createUser({ first_name: "Théo", last_name: "Jeton" });
    await signIn(user.apikey);
    const name = () => page.getByRole("textbox", { name: /Nom du jeton/ });
    await typeBeforeHydration(page, "/dashboard/api-key", name, () => typeOver(name(), "Script de moisson"));
    await expect(name()).toHaveValue("Script de moisson");
    await page.getByRole("button", { name: "Créer un jeton" }).click();
    await expect(page.getByRole("region", { name: "Jetons d'API" }).getByText("Script de moisson")).toBeVisible();
  });
});

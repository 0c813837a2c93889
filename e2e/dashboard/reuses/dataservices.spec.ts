import type { Page } from "@playwright/test";

import { sandboxApi, seedReuse } from "../../public/reuse-seed";
import { expect, test } from "../../fixtures";
import { createdReuseId, fillDescription, nextStep, uniqueWord } from "./steps";

const DESCRIPTION = "Une carte des entreprises d’un territoire, à partir du répertoire Sirene interrogé en direct.";
const API_SIRENE = "6661e60fda535e9773c510ca";

/** Finds an API by typing part of its title, and chooses it with the keyboard (Down, then Enter). */
async function pickApi(page: Page, query: string, title: string): Promise<void> {
  const search = page.getByRole("combobox", { name: /Rechercher une API/ });
  await search.fill(query);
  const option = page.getByRole("listbox", { name: "API suggérées" }).getByRole("option").first();
  await expect(option).toContainText(title);
  await search.press("ArrowDown");
  await search.press("Enter");
  await expect(page.getByRole("list", { name: "API liées" }).getByText(title, { exact: true })).toBeVisible();
}

test.describe("the APIs of a reuse", () => {
  test("linked from the edit screen with the keyboard, shown on the public page, unlinked after a confirmation", async ({
    page,
    sandbox,
    signIn,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Alix", last_name: "Api" });
    const reuse = await seedReuse(sandbox, user, {
      title: `Carte ${uniqueWord("api")}`,
      description: DESCRIPTION,
      datasets: 1,
    });
    await signIn(user.apikey);
    // Seen (and cached) before the change.
    await page.goto(`/reuses/${reuse.slug}`);
    const main = page.getByRole("main");
    await expect(main.getByRole("region", { name: "Jeux de données et API utilisés (1)" })).toBeVisible();

    await page.goto(`/dashboard/reuses/${reuse.id}`);
    await expect(page.getByText("Aucune API n’est liée à cette réutilisation.")).toBeVisible();
    await pickApi(page, "sirene", "API Sirene");
    await expect(page.getByRole("status").filter({ hasText: "L’API « API Sirene » est ajoutée." })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Jeux de données et API (2)" })).toBeVisible();
    await checkA11y();

    await page.goto(`/reuses/${reuse.slug}`);
    const used = main.getByRole("region", { name: "Jeux de données et API utilisés (2)" });
    await expect(used.getByRole("heading", { name: "API", exact: true })).toBeVisible();
    await expect(used.getByRole("link", { name: "API Sirene" })).toHaveAttribute(
      "href",
      `${sandbox.url}/dataservices/api-sirene`,
    );
    await checkA11y();

    await page.goto(`/dashboard/reuses/${reuse.id}`);
    const remove = page.getByRole("button", { name: "Retirer l’API API Sirene" });
    await remove.click();
    const dialog = page.getByRole("dialog", { name: "Retirer l’API « API Sirene » ?" });
    await expect(dialog).toBeVisible();
    await checkA11y();
    await dialog.getByRole("button", { name: "Annuler" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("list", { name: "API liées" })).toContainText("API Sirene");

    await remove.click();
    await dialog.getByRole("button", { name: "Oui, retirer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "L’API « API Sirene » est retirée." })).toBeVisible();
    await expect(page.getByText("Aucune API n’est liée à cette réutilisation.")).toBeVisible();
    const saved = await sandboxApi<{ dataservices: unknown[] }>(sandbox, "GET", `/reuses/${reuse.id}/`, user.apikey);
    expect(saved.dataservices).toEqual([]);

    await page.goto(`/reuses/${reuse.slug}`);
    await expect(main.getByRole("region", { name: "Jeux de données et API utilisés (1)" })).toBeVisible();
    await expect(main.getByRole("link", { name: "API Sirene" })).toHaveCount(0);
  });

  test("a reuse created with an API and no dataset: published, told it stays out of the lists, its API on its page", async ({
    page,
    sandbox,
    signIn,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Noé", last_name: "Sansjeu" });
    await signIn(user.apikey);
    const word = uniqueWord("apiseule");
    await page.goto("/dashboard/reuses/new");
    await fillDescription(page, {
      title: `Carte ${word}`,
      description: DESCRIPTION,
      url: `https://exemple.fr/${word}`,
    });
    await nextStep(page, 2);
    await pickApi(page, "sirene", "API Sirene");
    await expect(page.getByText(/Des API seules ne suffisent pas/)).toBeVisible();
    await checkA11y();

    await nextStep(page, 3);
    const summary = page.getByRole("group", { name: /Étape 3 sur 3/ });
    await expect(summary.getByRole("listitem").filter({ hasText: "API Sirene" })).toBeVisible();
    await page.getByRole("button", { name: "Publier la réutilisation" }).click();
    const id = await createdReuseId(page, "published");
    await expect(page.getByText(/Des API seules ne suffisent pas/)).toBeVisible();
    await checkA11y();

    const created = await sandboxApi<{
      slug: string;
      private: boolean;
      datasets: unknown[];
      dataservices: { id: string }[];
    }>(sandbox, "GET", `/reuses/${id}/`, user.apikey);
    expect(created).toMatchObject({ private: false, datasets: [], dataservices: [{ id: API_SIRENE }] });

    await page.goto(`/reuses/${created.slug}`);
    const used = page.getByRole("main").getByRole("region", { name: "Jeux de données et API utilisés (1)" });
    await expect(used.getByRole("link", { name: "API Sirene" })).toBeVisible();
    await expect(used.getByText("Aucun jeu de données ni API n'est indiqué.")).toHaveCount(0);
    await checkA11y();
  });
});

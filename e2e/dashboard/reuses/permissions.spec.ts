import type { Page } from "@playwright/test";

import { sandboxApi, seedReuse } from "../../public/reuse-seed";
import { expect, test } from "../../fixtures";
import { uniqueWord } from "./steps";

const ADEME = "534fff4ca3a7292c64a77c95";
const CEREMA = "5c812a16634f416583ed1876";
const DESCRIPTION = "Une réutilisation d’une organisation, pour les tests des droits du tableau de bord.";

/** Calls a tRPC mutation from the page, as a person could from the browser's console: same origin, same cookies. */
async function callMutation(page: Page, procedure: string, input: unknown) {
  return page.evaluate(
    async ({ procedure, input }) => {
      const response = await fetch(`/api/trpc/${procedure}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: input }),
      });
      return { status: response.status, body: await response.text() };
    },
    { procedure, input },
  );
}

test.describe("who may do what", () => {
  test("a member of another organization cannot edit a reuse: no button, and a direct call is refused", async ({
    page,
    sandbox,
    signIn,
    checkA11y,
  }) => {
    const owner = await sandbox.createUser({ first_name: "Olga", last_name: "Ademe", organizations: [ADEME] });
    const reuse = await seedReuse(sandbox, owner, {
      title: `Carte ${uniqueWord("ademe")}`,
      description: DESCRIPTION,
      organization: ADEME,
    });
    const other = await sandbox.createUser({ first_name: "Côme", last_name: "Cerema", organizations: [CEREMA] });
    await signIn(other.apikey);

    await page.goto(`/dashboard?q=${encodeURIComponent(reuse.title)}`);
    await expect(page.getByRole("link", { name: reuse.title })).toHaveCount(0);
    await page.goto(`/dashboard/reuses/${reuse.id}`);
    await expect(page.getByRole("heading", { name: "Vous ne pouvez pas modifier cette réutilisation" })).toBeVisible();
    await expect(page.getByRole("button")).not.toContainText([
      /Enregistrer|Supprimer|Publier|Archiver|Mettre en avant/,
    ]);
    await expect(page.getByRole("textbox", { name: "Titre" })).toHaveCount(0);
    await checkA11y();

    const update = await callMutation(page, "producerReuses.update", { id: reuse.id, title: "Prise de contrôle" });
    expect(update.status).toBe(403);
    expect(update.body).toContain("FORBIDDEN");
    const remove = await callMutation(page, "producerReuses.remove", { id: reuse.id });
    expect(remove.status).toBe(403);
    const stored = await sandboxApi<{ title: string; deleted: string | null }>(sandbox, "GET", `/reuses/${reuse.id}/`);
    expect(stored).toMatchObject({ title: reuse.title, deleted: null });
  });

  test("a site admin features a reuse (and is told there is no badge to give); no one else sees or may call those", async ({
    page,
    sandbox,
    signIn,
    checkA11y,
  }) => {
    const owner = await sandbox.createUser({ first_name: "Paul", last_name: "Producteur" });
    const reuse = await seedReuse(sandbox, owner, {
      title: `Carte ${uniqueWord("vedette")}`,
      description: DESCRIPTION,
    });

    // The owner: no administration controls, and the procedures refuse them.
    await signIn(owner.apikey);
    await page.goto(`/dashboard/reuses/${reuse.id}`);
    await expect(page.getByRole("heading", { name: "Visibilité" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Administration du site" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Mettre en avant" })).toHaveCount(0);
    await page.goto("/dashboard");
    await expect(page.getByRole("textbox", { name: /Gérer une réutilisation du catalogue/ })).toHaveCount(0);
    const refused = await callMutation(page, "adminReuses.feature", { id: reuse.id });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain("Seuls les administrateurs de data.gouv.fr peuvent");

    const admin = await sandbox.createUser({ first_name: "Ada", last_name: "Admin", roles: ["admin"] });
    await page.context().clearCookies();
    await signIn(admin.apikey);
    await page.goto("/dashboard");
    const finder = page.getByRole("textbox", { name: /Gérer une réutilisation du catalogue/ });
    await finder.fill("/reuses/personne-n-a-ce-nom");
    await page.getByRole("button", { name: "Ouvrir" }).click();
    await expect(finder).toHaveAccessibleDescription(/Aucune réutilisation ne correspond/);
    await checkA11y();
    await finder.fill(new URL(`/reuses/${reuse.slug}`, page.url()).href);
    await page.getByRole("button", { name: "Ouvrir" }).click();
    await expect(page).toHaveURL(new RegExp(`/dashboard/reuses/${reuse.id}$`));
    const administration = page.getByRole("region", { name: "Administration du site" });
    await administration.getByRole("button", { name: "Mettre en avant" }).click();
    await expect(administration.getByRole("status").filter({ hasText: "mise en avant" })).toHaveText(
      "La réutilisation est mise en avant.",
    );
    await expect(administration.getByRole("button", { name: "Ne plus mettre en avant" })).toBeVisible();
    // udata 17 lists no badge kind (seeded kinds: admin-badges.spec.ts): nothing to type or pick.
    await expect(administration).toContainText(
      "data.gouv.fr ne propose aucun badge pour les réutilisations : il n’y en a pas à ajouter.",
    );
    await expect(administration.getByRole("textbox")).toHaveCount(0);
    await expect(administration.getByRole("combobox", { name: "Ajouter un badge" })).toHaveCount(0);
    await checkA11y();

    const featured = await sandboxApi<{ featured: boolean }>(sandbox, "GET", `/reuses/${reuse.id}/`);
    expect(featured).toMatchObject({ featured: true });
  });
});

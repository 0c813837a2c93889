import { expect, test } from "../../fixtures";
import { ADEME, CEREMA, createDataset } from "./support";

/** The demo producer's key: their reuses have open discussions (sandbox/seed/demo-activity.ts). */
const PRODUCER_KEY = "sandbox-key-producer";

test.describe("lists", () => {
  test("my datasets: empty, then ten a page, searched, each linked to data.gouv.fr", async ({
    page,
    context,
    sandbox,
    signIn,
    leakScan,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Lise", last_name: "Données" });
    await signIn(user.apikey);
    await page.goto("/dashboard/datasets");
    await expect(page.getByRole("heading", { level: 1, name: "Mes jeux de données" })).toBeVisible();
    await expect(page.getByText("Vous n'avez publié aucun jeu de données en votre nom.")).toBeVisible();
    await checkA11y();

    for (let index = 1; index <= 11; index++)
      await createDataset(sandbox.url, user.apikey, `Qualité de l'eau ${index}`);
    await createDataset(sandbox.url, user.apikey, "Bancs publics");
    await page.reload();
    await expect(page.getByText("12 jeux de données · page 1 sur 2")).toBeVisible();
    const titles = page.getByRole("list", { name: "Mes jeux de données" }).getByRole("heading", { level: 2 });
    await expect(titles).toHaveCount(10);
    await expect(titles.first().getByRole("link")).toHaveAttribute("href", new RegExp(`^${sandbox.url}/datasets/`));
    await checkA11y();

    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Suivante" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(titles).toHaveCount(2);

    await page.getByRole("searchbox", { name: "Rechercher parmi mes jeux de données" }).fill("bancs");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/\/dashboard\/datasets\?q=bancs$/);
    await expect(titles).toHaveText(["Bancs publics"]);
    await expect(page.getByText("1 jeu de données pour « bancs »")).toBeVisible();

    await page.goto("/dashboard/datasets?q=introuvable");
    await expect(page.getByText("Aucun résultat pour « introuvable ».")).toBeVisible();
    await page.getByRole("link", { name: "Effacer la recherche" }).click();
    await expect(page).toHaveURL(/\/dashboard\/datasets$/);
    await leakScan.expectNoLeakOf(user.apikey, context);
  });

  test("my organizations' datasets, searched upstream; empty without an organization", async ({
    page,
    context,
    sandbox,
    signIn,
    leakScan,
    checkA11y,
  }) => {
    const member = await sandbox.createUser({ first_name: "Adèle", last_name: "Ademe", organizations: [ADEME] });
    await signIn(member.apikey);
    await page.goto("/dashboard/organization-datasets");
    await expect(page.getByText("3 jeux de données")).toBeVisible();
    const datasets = page.getByRole("list", { name: "Jeux de données de mes organisations" });
    await expect(datasets.getByRole("heading", { level: 2 })).toHaveCount(3);
    await expect(datasets.getByText("ADEME ·").first()).toBeVisible();
    await checkA11y();
    await page.getByRole("searchbox", { name: "Rechercher un jeu de données par son titre" }).fill("DPE");
    await page.getByRole("searchbox").press("Enter");
    await expect(datasets.getByRole("heading", { level: 2 })).toHaveText(["DPE Logements (avant juillet 2021)"]);
    await leakScan.expectNoLeakOf(member.apikey, context);

    const loner = await sandbox.createUser({ first_name: "Solo", last_name: "Sans-Orga" });
    await signIn(loner.apikey);
    await page.goto("/dashboard/organization-datasets");
    await expect(page.getByText("Aucun jeu de données : vos organisations n'en ont pas publié")).toBeVisible();
    await checkA11y();
    await leakScan.expectNoLeakOf(loner.apikey, context);
  });

  test("discussions on my organizations' objects: state, last message, link, pages, search, empty", async ({
    page,
    context,
    sandbox,
    signIn,
    leakScan,
    checkA11y,
  }) => {
    const member = await sandbox.createUser({ first_name: "Paul", last_name: "Discussion", organizations: [ADEME] });
    await signIn(member.apikey);
    await page.goto("/dashboard/discussions");
    await expect(page.getByText("20 discussions · page 1 sur 2")).toBeVisible();
    const items = page.getByRole("list", { name: "Discussions" }).getByRole("listitem");
    await expect(items).toHaveCount(10);
    const first = items.first();
    await expect(first.getByText("Ouverte", { exact: true })).toBeVisible();
    await expect(first.getByText(/^Dernier message, de .+, le .+ :$/)).toBeVisible();
    // The subject is named and linked (it used to say "À propos d'un jeu de données" only).
    await expect(first.getByText("À propos du jeu de données « DPE Logements (avant juillet 2021) »")).toBeVisible();
    await expect(first.getByRole("link", { name: "DPE Logements (avant juillet 2021)" })).toHaveAttribute(
      "href",
      `${sandbox.url}/datasets/dpe-logements-avant-juillet-2021`,
    );
    await expect(first.getByRole("heading", { level: 2 }).getByRole("link")).toHaveAttribute(
      "href",
      new RegExp(`^${sandbox.url}/datasets/[0-9a-f]{24}/discussions\\?discussion_id=[0-9a-f]{24}$`),
    );
    await checkA11y();

    await page.getByRole("link", { name: "Page 2" }).click();
    await expect(page.getByText("20 discussions · page 2 sur 2")).toBeVisible();
    await expect(items).toHaveCount(10);
    await page.goto("/dashboard/discussions?q=geo_score");
    await expect(items.getByRole("heading", { level: 2 })).toHaveText(["Définition de geo_score"]);
    await page.goto("/dashboard/discussions?page=9");
    await expect(page.getByText("Cette page n'existe pas : la liste compte 2 pages.")).toBeVisible();
    await leakScan.expectNoLeakOf(member.apikey, context);

    const loner = await sandbox.createUser({ first_name: "Calme", last_name: "Plat" });
    await signIn(loner.apikey);
    await page.goto("/dashboard/discussions");
    await expect(page.getByText("Aucune discussion sur les jeux de données et réutilisations")).toBeVisible();
    await checkA11y();
    await leakScan.expectNoLeakOf(loner.apikey, context);
  });

  test("a discussion about a reuse names it and links to its page here", async ({
    page,
    context,
    signIn,
    leakScan,
    checkA11y,
  }) => {
    await signIn(PRODUCER_KEY);
    await page.goto("/dashboard/discussions");
    const discussion = page
      .getByRole("list", { name: "Discussions" })
      .getByRole("listitem")
      .filter({ hasText: "Quelle licence pour les visuels ?" });
    await expect(
      discussion.getByText(
        "À propos de la réutilisation « Où les voitures radars flashent-elles le plus dans l'Ouest ? »",
      ),
    ).toBeVisible();
    await checkA11y();
    await discussion
      .getByRole("link", { name: "Où les voitures radars flashent-elles le plus dans l'Ouest ?" })
      .click();
    await expect(page).toHaveURL(/\/reuses\/ou-les-voitures-radars-flashent-elles-le-plus-dans-louest$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Où les voitures radars flashent-elles le plus dans l'Ouest ?" }),
    ).toBeVisible();
    await leakScan.expectNoLeakOf(PRODUCER_KEY, context);
  });

  test("community resources of my organizations, and none", async ({
    page,
    context,
    sandbox,
    signIn,
    leakScan,
    checkA11y,
  }) => {
    const member = await sandbox.createUser({ first_name: "Cécile", last_name: "Cerema", organizations: [CEREMA] });
    await signIn(member.apikey);
    await page.goto("/dashboard/community-resources");
    await expect(page.getByText("1 ressource communautaire")).toBeVisible();
    const resource = page.getByRole("list", { name: "Ressources communautaires" }).getByRole("listitem");
    await expect(resource.getByRole("heading", { level: 2 })).toContainText("DVF+ open-data");
    await expect(resource.getByRole("link", { name: "Demandes de valeurs foncières" })).toHaveAttribute(
      "href",
      `${sandbox.url}/datasets/demandes-de-valeurs-foncieres`,
    );
    await checkA11y();
    await leakScan.expectNoLeakOf(member.apikey, context);

    const loner = await sandbox.createUser({ first_name: "Rien", last_name: "À-Signaler" });
    await signIn(loner.apikey);
    await page.goto("/dashboard/community-resources");
    await expect(page.getByText("Personne n'a encore ajouté de ressource")).toBeVisible();
    await checkA11y();
    await leakScan.expectNoLeakOf(loner.apikey, context);
  });
});

import { sandboxApi, seedReuse } from "../../public/reuse-seed";
import { expect, test } from "../../fixtures";
import { gradientPng } from "./png";
import { createdReuseId, fillDescription, nextStep, pickDataset, uniqueWord } from "./steps";

const DESCRIPTION =
  "Une carte interactive des pistes cyclables et des stationnements vélo, mise à jour chaque semaine à partir " +
  "des données ouvertes des collectivités, pour préparer ses trajets du quotidien et repérer les points noirs.";

test.describe("creating a reuse", () => {
  test("with an image and two datasets, published: on /reuses and on its own page", async ({
    page,
    context,
    sandbox,
    signIn,
    checkA11y,
    leakScan,
  }) => {
    const user = await sandbox.createUser({ first_name: "Camille", last_name: "Créatrice" });
    await signIn(user.apikey);
    const word = uniqueWord("velo");
    await page.goto("/dashboard");
    await page.getByRole("link", { name: "Publier une nouvelle réutilisation" }).click();
    await expect(page.getByRole("heading", { name: /Étape 1 sur 3/ })).toBeVisible();
    await checkA11y();

    // Nothing typed: the step does not go on, and the focus goes to the first field to correct.
    await page.getByRole("button", { name: "Suivant : les jeux de données" }).click();
    const title = page.getByRole("textbox", { name: "Titre" });
    await expect(title).toBeFocused();
    await expect(title).toHaveAttribute("aria-invalid", "true");
    await expect(title).toHaveAccessibleDescription(/Donnez un titre/);
    await checkA11y();

    await fillDescription(page, {
      title: `Carte ${word}`,
      description: "Trop court.",
      url: `https://exemple.fr/${word}`,
      tags: ["Vélo électrique"],
    });
    await expect(page.getByRole("textbox", { name: "Description" })).toHaveAccessibleDescription(/moins de|200/);
    await page.getByRole("textbox", { name: "Description" }).fill(DESCRIPTION);
    await expect(page.getByRole("list", { name: "Mots-clés ajoutés" })).toContainText("velo-electrique");
    await page
      .getByLabel("Image")
      .setInputFiles({ name: "carte.png", mimeType: "image/png", buffer: gradientPng(1600, 1000) });
    await expect(page.getByRole("img", { name: /Aperçu de l’image recadrée/ })).toBeVisible();
    await page.getByRole("slider", { name: "Zoom" }).press("ArrowRight");
    await checkA11y();

    await nextStep(page, 2);
    await checkA11y();
    const first = await pickDataset(page, "qualité");
    const second = await pickDataset(page, "transport");
    await nextStep(page, 3);
    const summary = page.getByRole("group", { name: /Étape 3 sur 3/ });
    await expect(summary).toContainText(`Carte ${word}`);
    await expect(summary.getByRole("listitem").filter({ hasText: first })).toBeVisible();
    await checkA11y();

    await page.getByRole("button", { name: "Publier la réutilisation" }).click();
    const id = await createdReuseId(page, "published");
    await expect(page.getByText("Votre réutilisation est publiée.")).toBeVisible();
    await checkA11y();

    const created = await sandboxApi<{
      slug: string;
      private: boolean;
      image: string | null;
      datasets: { title: string }[];
    }>(sandbox, "GET", `/reuses/${id}/`, user.apikey);
    expect(created).toMatchObject({ private: false, image: expect.stringMatching(/\/_sandbox\/uploads\//) });
    expect(created.datasets.map((dataset) => dataset.title).sort()).toEqual([first, second].sort());

    await page.getByRole("link", { name: "Voir sa page publique" }).click();
    await expect(page).toHaveURL(new RegExp(`/reuses/${created.slug}$`));
    await expect(page.getByRole("heading", { level: 1, name: `Carte ${word}` })).toBeVisible();
    await page.goto(`/reuses?q=${word}`);
    await expect(page.getByRole("link", { name: `Carte ${word}`, exact: true })).toBeVisible();

    await leakScan.expectNoLeakOf(user.apikey, context);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).not.toContain(user.apikey);
  });

  test("an image over 4 MB is refused with a message, before any upload", async ({ page, sandbox, signIn }) => {
    const user = await sandbox.createUser({ first_name: "Hugo", last_name: "Lourd" });
    await signIn(user.apikey);
    const uploads: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("uploadImage") || request.postData()?.includes("enorme.png"))
        uploads.push(request.url());
    });
    await page.goto("/dashboard/reuses/new");
    const word = uniqueWord("lourde");
    await fillDescription(page, {
      title: `Carte ${word}`,
      description: DESCRIPTION,
      url: `https://exemple.fr/${word}`,
    });
    const image = page.getByLabel("Image");
    await image.setInputFiles({ name: "enorme.png", mimeType: "image/png", buffer: Buffer.alloc(5 * 1024 * 1024, 1) });
    await expect(image).toHaveAttribute("aria-invalid", "true");
    await expect(image).toHaveAccessibleDescription(/5 Mo.*4 Mo au plus/);
    await expect(page.getByRole("img", { name: /Aperçu/ })).toHaveCount(0);

    // The rest goes on without it.
    await nextStep(page, 2);
    await nextStep(page, 3);
    await expect(page.getByText("Aucune", { exact: true }).first()).toBeVisible();
    await page.getByRole("button", { name: "Enregistrer en brouillon" }).click();
    const id = await createdReuseId(page, "draft");
    expect(uploads).toEqual([]);
    const imageRequests = (await sandbox.requests()).filter((request) => request.path === `/api/1/reuses/${id}/image/`);
    expect(imageRequests).toEqual([]);
  });

  test("a url already registered shows its error on the url field, with a link to the reuse", async ({
    page,
    sandbox,
    signIn,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Dora", last_name: "Doublon" });
    const existing = await seedReuse(sandbox, user, {
      title: `Carte ${uniqueWord("existante")}`,
      description: DESCRIPTION,
    });
    await signIn(user.apikey);
    await page.goto("/dashboard/reuses/new");
    await fillDescription(page, { title: `Carte ${uniqueWord("copie")}`, description: DESCRIPTION, url: existing.url });
    await nextStep(page, 2);
    await nextStep(page, 3);
    await page.getByRole("button", { name: "Publier la réutilisation" }).click();

    const url = page.getByRole("textbox", { name: /Adresse de la réutilisation/ });
    await expect(url).toBeFocused();
    await expect(url).toHaveAttribute("aria-invalid", "true");
    await expect(url).toHaveAccessibleDescription(/Cette URL est déjà enregistrée/);
    await expect(page.getByRole("link", { name: existing.title })).toHaveAttribute(
      "href",
      `/dashboard/reuses/${existing.id}`,
    );
    await expect(page.getByRole("alert").filter({ hasText: "L’envoi n’a pas abouti" })).toContainText(
      "corrigez les champs signalés",
    );
    await checkA11y();
    const mine = await sandboxApi<{ url: string }[]>(sandbox, "GET", "/me/reuses/", user.apikey);
    expect(mine.filter((reuse) => reuse.url === existing.url)).toHaveLength(1);
  });

  test("the form keeps a draft in the browser: a reload brings back what was typed", async ({
    page,
    sandbox,
    signIn,
  }) => {
    const user = await sandbox.createUser({ first_name: "Rémi", last_name: "Recharge" });
    await signIn(user.apikey);
    await page.goto("/dashboard/reuses/new");
    const word = uniqueWord("brouillon");
    await fillDescription(page, {
      title: `Carte ${word}`,
      description: DESCRIPTION,
      url: `https://exemple.fr/${word}`,
      tags: ["bus"],
    });
    await nextStep(page, 2);
    await page.reload();

    await expect(page.getByRole("status").filter({ hasText: "a été rétablie" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Étape 2 sur 3/ })).toBeVisible();
    await page.getByRole("button", { name: "Précédent" }).click();
    await expect(page.getByRole("textbox", { name: "Titre" })).toHaveValue(`Carte ${word}`);
    await expect(page.getByRole("textbox", { name: /Adresse/ })).toHaveValue(`https://exemple.fr/${word}`);
    await expect(page.getByRole("list", { name: "Mots-clés ajoutés" })).toContainText("bus");
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).toContain(user.id);
    expect(stored).not.toContain(user.apikey);

    await page.getByRole("button", { name: "Effacer et recommencer" }).click();
    await expect(page.getByRole("textbox", { name: "Titre" })).toHaveValue("");
  });
});

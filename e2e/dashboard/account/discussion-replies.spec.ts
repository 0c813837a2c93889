import { expect, test } from "../../fixtures";
import { sandboxApi, seedReuse } from "../../public/reuse-seed";

test("a producer answers a discussion on their reuse in place, from the keyboard, then closes it", async ({
  page,
  sandbox,
  signIn,
  checkA11y,
}) => {
  test.setTimeout(60_000);
  const owner = await sandbox.createUser({ first_name: "Réa", last_name: "Pondante" });
  const visitor = await sandbox.createUser({ first_name: "Qué", last_name: "Stion" });
  const reuse = await seedReuse(sandbox, owner, {
    title: `Réponses en place ${Date.now()}`,
    description: "Une réutilisation.",
  });
  // The public page is seen (and cached) before the answer: the answer must show there at once.
  await page.goto(`/reuses/${reuse.slug}/discussions`);
  await sandboxApi(sandbox, "POST", "/discussions/", visitor.apikey, {
    title: "Une question au producteur",
    comment: "Est-ce à jour ?",
    subject: { class: "Reuse", id: reuse.id },
  });

  await signIn(owner.apikey);
  await page.goto("/dashboard/discussions");
  const item = page
    .getByRole("list", { name: "Discussions" })
    .getByRole("listitem")
    .filter({ hasText: "Une question au producteur" });
  const answer = item.getByLabel("Votre réponse à « Une question au producteur »");
  await answer.focus();
  await page.keyboard.type("Oui, depuis hier.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(item.getByRole("button", { name: "Répondre" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(item.getByRole("status")).toHaveText("Réponse publiée.");
  await expect(answer).toHaveValue("");
  await checkA11y();

  await item.getByLabel("Clore la discussion").check();
  await item.getByRole("button", { name: "Répondre" }).click();
  await expect(item.getByRole("status")).toHaveText("Discussion close.");

  await page.goto(`/reuses/${reuse.slug}/discussions`);
  const thread = page.getByRole("article").filter({ hasText: "Une question au producteur" });
  await expect(thread).toContainText("Oui, depuis hier.");
  await expect(thread.getByText("Close", { exact: true })).toBeVisible();
});

test("the overview counts a reuse's unanswered discussions and leads to them; an answer takes one off", async ({
  page,
  sandbox,
  signIn,
  checkA11y,
}) => {
  test.setTimeout(60_000);
  const owner = await sandbox.createUser({ first_name: "Pro", last_name: "Ductrice" });
  const visitor = await sandbox.createUser({ first_name: "Cu", last_name: "Rieux" });
  const reuse = await seedReuse(sandbox, owner, {
    title: `Questions en attente ${Date.now()}`,
    description: "Une réutilisation.",
  });
  for (const title of ["Première question", "Seconde question"])
    await sandboxApi(sandbox, "POST", "/discussions/", visitor.apikey, {
      title,
      comment: "Une question.",
      subject: { class: "Reuse", id: reuse.id },
    });

  await signIn(owner.apikey);
  await page.goto("/dashboard");
  const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: reuse.title }) });
  await row.getByRole("link", { name: "2 discussions sans réponse" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/discussions\\?reutilisation=${reuse.id}$`));
  await expect(page.getByText(`Discussions ouvertes sur la réutilisation « ${reuse.title} ».`)).toBeVisible();
  const items = page.getByRole("list", { name: "Discussions" }).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.getByText("Sans réponse", { exact: true })).toHaveCount(2);
  await checkA11y();

  const first = items.filter({ hasText: "Première question" });
  await first.getByLabel("Votre réponse à « Première question »").fill("Voici la réponse.");
  await first.getByRole("button", { name: "Répondre" }).click();
  await expect(first.getByRole("status")).toHaveText("Réponse publiée.");
  await page.reload();
  await expect(items.filter({ hasText: "Première question" }).getByText("Sans réponse", { exact: true })).toHaveCount(
    0,
  );
  await expect(items.filter({ hasText: "Seconde question" }).getByText("Sans réponse", { exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Voir toutes les discussions" }).click();
  const filters = page.getByRole("navigation", { name: "Filtrer les discussions par sujet" });
  await expect(filters.getByRole("link", { name: "Toutes" })).toHaveAttribute("aria-current", "page");
  await filters.getByRole("link", { name: "Sur mes jeux de données" }).click();
  await expect(page.getByText("Aucune discussion ouverte sur ces sujets.")).toBeVisible();
  await page.getByRole("link", { name: "Sur mes réutilisations" }).click();
  await expect(page).toHaveURL(/\/dashboard\/discussions\?sur=reutilisations$/);
  await expect(items).toHaveCount(2);
  // The search keeps the filter.
  await page.getByRole("searchbox", { name: "Rechercher une discussion par son titre" }).fill("Seconde");
  await page.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/\/dashboard\/discussions\?sur=reutilisations&q=Seconde$/);
  await expect(items).toHaveCount(1);
  await checkA11y();

  await page.goto("/dashboard");
  await expect(row.getByRole("link", { name: "1 discussion sans réponse" })).toBeVisible();
});

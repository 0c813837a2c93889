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

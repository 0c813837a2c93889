import { seedFollowers, seedReuse } from "../../public/reuse-seed";
import { expect, test } from "../../fixtures";
import { fillDescription, nextStep, uniqueWord } from "./steps";

const ADEME = "534fff4ca3a7292c64a77c95";
const DESCRIPTION = "Une réutilisation pour parcourir tout l’espace producteur, au large et à 320 pixels.";

test("no dashboard page nor answer carries the key; every screen passes axe, at 320 px too", async ({
  page,
  context,
  sandbox,
  signIn,
  checkA11y,
  leakScan,
}) => {
  test.setTimeout(120_000); // every dashboard screen, twice (1280 and 320 px), each with an accessibility check
  const user = await sandbox.createUser({ first_name: "Léa", last_name: "Fuite", organizations: [ADEME] });
  const reuse = await seedReuse(sandbox, user, { title: `Carte ${uniqueWord("fuite")}`, description: DESCRIPTION });
  await seedFollowers(sandbox, reuse.id, 1);
  await signIn(user.apikey);

  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of [
      "/dashboard",
      "/dashboard?status=draft&sort=title&organization=me",
      `/dashboard/reuses/${reuse.id}`,
      `/dashboard/reuses/${reuse.id}/followers`,
      "/dashboard/reuses/find?reuse=personne-n-a-ce-nom",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await checkA11y();
    }
    await page.goto("/dashboard/reuses/new");
    if (width === 320) {
      // What was typed at 1280 px was kept in the browser: the form says so, and can start over.
      await expect(page.getByRole("status").filter({ hasText: "a été rétablie" })).toBeVisible();
      await checkA11y();
      await page.getByRole("button", { name: "Effacer et recommencer" }).click();
    }
    await expect(page.getByRole("combobox", { name: "Producteur" })).toBeVisible();
    await checkA11y();
    const word = uniqueWord("etapes");
    await fillDescription(page, {
      title: `Carte ${word}`,
      description: DESCRIPTION,
      url: `https://exemple.fr/${word}`,
    });
    await nextStep(page, 2);
    await checkA11y();
    await nextStep(page, 3);
    await checkA11y();
  }

  // A change, so that mutation answers are scanned too.
  await page.goto(`/dashboard/reuses/${reuse.id}`);
  await page.getByRole("button", { name: "Archiver" }).click();
  await expect(page.getByRole("heading", { name: /Archivée le/ })).toBeVisible();

  expect(await leakScan.count()).toBeGreaterThan(20);
  expect(await leakScan.sawText(reuse.title)).toBe(true);
  await leakScan.expectNoLeakOf(user.apikey, context);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain(user.apikey);
});

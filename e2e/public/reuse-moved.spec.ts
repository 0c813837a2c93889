import { expect, test } from "../fixtures";
import { sandboxApi, seedReuse, uniqueTitle } from "./reuse-seed";

/**
 * A reuse's page lives at its current slug: udata answers an old slug (308 to the current one) and an id with
 * the reuse, and the site sends the visitor to the current URL for good (308), through the page cache.
 */
test.describe("a reuse's old addresses", () => {
  test("an old slug, after a change of title, redirects (308) to the current one, cached or not", async ({
    page,
    sandbox,
    checkA11y,
  }) => {
    const owner = await sandbox.createUser({ first_name: "Renée", last_name: "Renommée" });
    const reuse = await seedReuse(sandbox, owner, { title: uniqueTitle("Ancien titre"), description: "Une carte." });
    const newTitle = uniqueTitle("Nouveau titre");
    const renamed = await sandboxApi<{ slug: string }>(sandbox, "PUT", `/reuses/${reuse.id}/`, owner.apikey, {
      title: newTitle,
    });
    expect(renamed.slug).not.toBe(reuse.slug);

    for (const cache of ["miss", "hit"]) {
      const answer = await page.request.get(`/reuses/${reuse.slug}`, { maxRedirects: 0 });
      expect(answer.status()).toBe(308);
      expect(answer.headers().location).toBe(`/reuses/${renamed.slug}`);
      expect(answer.headers()["x-page-cache"]).toBe(cache);
    }
    await page.goto(`/reuses/${reuse.slug}`);
    await expect(page).toHaveURL(`/reuses/${renamed.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: newTitle })).toBeVisible();
    await checkA11y();

    const followers = await page.request.get(`/reuses/${reuse.slug}/abonnes`, { maxRedirects: 0 });
    expect(followers.status()).toBe(308);
    expect(followers.headers().location).toBe(`/reuses/${renamed.slug}/abonnes`);
  });

  test("an id redirects (308) to the reuse's slug URL", async ({ page, sandbox, checkA11y }) => {
    const owner = await sandbox.createUser({ first_name: "Ida", last_name: "Identifiant" });
    const title = uniqueTitle("Adressée par son id");
    const reuse = await seedReuse(sandbox, owner, { title, description: "Une application." });

    const answer = await page.request.get(`/reuses/${reuse.id}`, { maxRedirects: 0 });
    expect(answer.status()).toBe(308);
    expect(answer.headers().location).toBe(`/reuses/${reuse.slug}`);
    await page.goto(`/reuses/${reuse.id}`);
    await expect(page).toHaveURL(`/reuses/${reuse.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await checkA11y();
  });
});

import type { APIRequestContext } from "@playwright/test";

import { sandboxApi } from "../../public/reuse-seed";
import { expect, test } from "../../fixtures";
import { createdReuseId, fillDescription, nextStep, pickDataset, uniqueWord } from "./steps";

const DESCRIPTION =
  "Un tableau de bord de la qualité de l’air, gardé en brouillon le temps de le relire : il ne doit apparaître " +
  "nulle part en public, ni dans la liste, ni dans le plan du site, ni dans la recherche.";

/** Every reuse page the sitemap index lists, through its child sitemaps. */
async function sitemapUrls(request: APIRequestContext): Promise<string[]> {
  const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? "");
  const index = await request.get("/sitemap.xml");
  expect(index.status()).toBe(200);
  const children = locations(await index.text());
  expect(children.length).toBeGreaterThan(0);
  const pages = await Promise.all(children.map(async (child) => locations(await (await request.get(child)).text())));
  return pages.flat();
}

test("a draft stays out of the public listing, the sitemap and the search, until it is published", async ({
  page,
  sandbox,
  signIn,
  checkA11y,
}) => {
  const user = await sandbox.createUser({ first_name: "Bruno", last_name: "Brouillon" });
  await signIn(user.apikey);
  const word = uniqueWord("brouillon");
  await page.goto("/dashboard/reuses/new");
  await fillDescription(page, {
    title: `Tableau ${word}`,
    description: DESCRIPTION,
    url: `https://exemple.fr/${word}`,
  });
  await nextStep(page, 2);
  await pickDataset(page, "qualité");
  await nextStep(page, 3);
  await page.getByRole("button", { name: "Enregistrer en brouillon" }).click();
  const id = await createdReuseId(page, "draft");
  await expect(page.getByText("Votre réutilisation est enregistrée en brouillon.")).toBeVisible();
  await checkA11y();
  const { slug } = await sandboxApi<{ slug: string }>(sandbox, "GET", `/reuses/${id}/`, user.apikey);
  const path = `/reuses/${slug}`;

  expect((await page.request.get(path)).status()).toBe(404);
  await page.goto(`/reuses?q=${word}`);
  await expect(page.getByRole("link", { name: `Tableau ${word}` })).toHaveCount(0);
  const suggest = await page.request.get(
    `/api/trpc/reuses.suggest?input=${encodeURIComponent(JSON.stringify({ json: { q: word } }))}`,
  );
  expect(suggest.status()).toBe(200);
  expect(await suggest.text()).not.toContain(slug);
  expect((await sitemapUrls(page.request)).some((url) => url.endsWith(path))).toBe(false);

  // Published: everywhere at once, which shows the checks above could see it.
  await page.goto(`/dashboard/reuses/${id}`);
  await page.getByRole("button", { name: "Publier la réutilisation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "La réutilisation est publiée." })).toBeVisible();
  await page.goto(`/reuses?q=${word}`);
  await expect(page.getByRole("link", { name: `Tableau ${word}`, exact: true })).toBeVisible();
  expect((await sitemapUrls(page.request)).some((url) => url.endsWith(path))).toBe(true);
});

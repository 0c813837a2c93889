import { expect, test } from "../fixtures";
import { sandboxApi, seedFollowers, seedReuse, uniqueTitle } from "./reuse-seed";

const DESCRIPTION = [
  "# Une carte des pistes",
  "",
  "Elle montre **toutes** les pistes cyclables, avec [la documentation](https://example.org/doc).",
  "",
  "## Sources",
  "",
  "- les communes",
  "- les départements",
].join("\n");

/** A 1×1 transparent PNG. */
const ONE_PIXEL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

const frenchDate = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

test.describe("a reuse's page", () => {
  test("shows what the reuse is, who made it, what it uses and how it is followed", async ({
    page,
    sandbox,
    checkA11y,
  }) => {
    test.setTimeout(60_000); // two pages, two accessibility checks, four users to seed
    const owner = await sandbox.createUser({ first_name: "Camille", last_name: "Cartographe" });
    const title = uniqueTitle("Carte des pistes cyclables");
    const reuse = await seedReuse(sandbox, owner, {
      title,
      description: DESCRIPTION,
      tags: ["velo", "mobilite-douce"],
      datasets: 12,
    });
    const followers = await seedFollowers(sandbox, reuse.id, 3);

    const response = await page.goto(`/reuses/${reuse.slug}`);
    expect(response?.status()).toBe(200);
    const main = page.getByRole("main");

    // Heading, type and topic (French labels, linked to the filtered listing).
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(main.getByRole("link", { name: "Application" })).toHaveAttribute("href", "/reuses?type=application");
    await expect(main.getByRole("link", { name: "Transports et mobilité" })).toHaveAttribute(
      "href",
      "/reuses?topic=transport_and_mobility",
    );
    // A person: named, not linked (the listing filters on organizations only).
    await expect(main.getByText("Publiée par Camille Cartographe")).toBeVisible();
    await expect(main.getByRole("link", { name: "Camille Cartographe", exact: true })).toHaveCount(0);

    // Description: markdown rendered, headings under the page's h2.
    const description = main.getByRole("region", { name: "Description" });
    await expect(description.getByRole("heading", { level: 3, name: "Une carte des pistes" })).toBeVisible();
    await expect(description.getByRole("heading", { level: 4, name: "Sources" })).toBeVisible();
    await expect(description.locator("strong")).toHaveText("toutes");
    await expect(description.getByRole("link", { name: "la documentation" })).toHaveAttribute(
      "rel",
      "nofollow ugc noopener",
    );

    // Links out.
    const site = main.getByRole("link", { name: "Voir la réutilisation" });
    await expect(site).toHaveAttribute("href", reuse.url);
    await expect(site).toHaveAttribute("rel", "nofollow ugc noopener");
    await expect(site).not.toHaveAttribute("target", /.*/);

    // Tags, each linked to the listing of that tag.
    const tags = main.getByRole("region", { name: "Mots-clés" });
    await expect(tags.getByRole("link", { name: "Mot-clé : velo" })).toHaveAttribute("href", "/reuses?tag=velo");
    await expect(tags.getByRole("link", { name: "Mot-clé : mobilite-douce" })).toHaveAttribute(
      "href",
      "/reuses?tag=mobilite-douce",
    );

    // Datasets: 10 at once, the 2 others behind "show all"; each links to its page on data.gouv.fr.
    const datasets = main.getByRole("region", { name: "Jeux de données et API utilisés (12)" });
    const datasetLinks = datasets.getByRole("link");
    await expect(datasetLinks.filter({ visible: true })).toHaveCount(10);
    for (const href of await datasetLinks.evaluateAll((links) => links.map((link) => link.getAttribute("href")))) {
      expect(href).toMatch(new RegExp(`^${sandbox.url}/datasets/`));
    }
    await expect(datasetLinks.first()).toHaveAttribute("rel", "nofollow ugc noopener");
    await datasets.getByText("Afficher les 2 autres jeux de données").click();
    await expect(datasetLinks.filter({ visible: true })).toHaveCount(12);

    // Figures: followers, views, dates.
    const figures = main.getByRole("region", { name: "En chiffres" });
    const today = frenchDate.format(new Date());
    await expect(figures.getByRole("definition")).toHaveText(["3 abonnés : voir la liste", "0", today, today]);
    await checkA11y();

    // The followers, on their own page.
    await figures.getByRole("link", { name: "3 abonnés : voir la liste" }).click();
    await expect(page).toHaveURL(new RegExp(`/reuses/${reuse.slug}/abonnes$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Abonnés de « ${title} »`);
    await expect(page.getByText("3 personnes suivent cette réutilisation")).toBeVisible();
    for (const name of followers) await expect(page.getByRole("main").getByText(name)).toBeVisible();
    await checkA11y();
    await page.getByRole("link", { name: "Retour à la réutilisation" }).click();
    await expect(page).toHaveURL(new RegExp(`/reuses/${reuse.slug}$`));
  });

  test("pages the followers 20 at a time", async ({ page, sandbox }) => {
    const owner = await sandbox.createUser({ first_name: "Suivi", last_name: "Beaucoup" });
    const reuse = await seedReuse(sandbox, owner, {
      title: uniqueTitle("Réutilisation suivie"),
      description: "Suivie.",
    });
    const followers = await seedFollowers(sandbox, reuse.id, 21);

    await page.goto(`/reuses/${reuse.slug}/abonnes`);
    const list = page.getByRole("main").getByRole("listitem").filter({ hasText: "Lectrice" });
    await expect(list).toHaveCount(20);
    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Page 2" }).click();
    await expect(page).toHaveURL(new RegExp(`/reuses/${reuse.slug}/abonnes\\?page=2$`));
    await expect(list).toHaveCount(1);
    await expect(list).toHaveText(new RegExp(followers.at(-1) ?? "none"));
  });

  test("links an organization to the listing of its reuses, and shows its other reuses", async ({ page, sandbox }) => {
    const { organization } = await sandboxApi<{ organization: { id: string; name: string } }>(
      sandbox,
      "GET",
      "/reuses/mybus/",
    );
    const member = await sandbox.createUser({
      first_name: "Marin",
      last_name: "Bus",
      organizations: [organization.id],
    });
    const reuse = await seedReuse(sandbox, member, {
      title: uniqueTitle("Horaires des bus"),
      description: "Les horaires.",
      organization: organization.id,
    });

    await page.goto(`/reuses/${reuse.slug}`);
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: `${organization.name} (voir ses réutilisations)` })).toHaveAttribute(
      "href",
      `/reuses?organization=${organization.id}`,
    );
    const more = main.getByRole("region", { name: "Du même producteur" });
    await expect(more.getByRole("link", { name: `Toutes les réutilisations de ${organization.name}` })).toHaveAttribute(
      "href",
      `/reuses?organization=${organization.id}`,
    );
    // Loaded by the island once a person scrolls down to it: MyBus's own reuse, never this one.
    await more.scrollIntoViewIfNeeded();
    await expect(more.getByRole("article")).toHaveCount(1);
    await expect(more.getByRole("heading", { level: 3 })).toHaveText("MyBus");
  });

  test("carries JSON-LD for the reuse and its breadcrumb, and social cards", async ({ page, sandbox, request }) => {
    const owner = await sandbox.createUser({ first_name: "Jason", last_name: "Ld" });
    const title = uniqueTitle("Visualisation des budgets");
    const reuse = await seedReuse(sandbox, owner, {
      title,
      description: `Un **budget** lisible. ${"Des chiffres clairs. ".repeat(20)}`,
      type: "visualization",
      datasets: 1,
    });

    await page.goto(`/reuses/${reuse.slug}`);
    const documents = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as Record<string, unknown>,
    );
    const work = documents.find((document) => document["@type"] === "CreativeWork");
    expect(work).toMatchObject({ "@context": "https://schema.org", name: title, sameAs: reuse.url });
    expect(work?.url).toMatch(new RegExp(`/reuses/${reuse.slug}$`));
    expect(work?.author).toEqual({ "@type": "Person", name: "Jason Ld" });
    const breadcrumb = documents.find((document) => document["@type"] === "BreadcrumbList");
    expect(breadcrumb?.itemListElement).toMatchObject([
      { name: "Accueil" },
      { name: "Réutilisations" },
      { name: title },
    ]);

    const meta = (selector: string) => page.locator(selector).getAttribute("content");
    const description = await meta('meta[name="description"]');
    expect(description?.startsWith("Un budget lisible. Des chiffres clairs.")).toBe(true);
    expect(description?.length).toBeLessThanOrEqual(160);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/reuses/${reuse.slug}$`));
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    // No image of its own: the generated one, drawn offline.
    const image = await meta('meta[property="og:image"]');
    expect(image).toMatch(new RegExp(`/reuses/${reuse.slug}/opengraph-image`));
    expect(await meta('meta[name="twitter:image"]')).toBe(image);
    const png = await request.get(image ?? "");
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
  });

  test("an application is a SoftwareApplication", async ({ page, sandbox }) => {
    const owner = await sandbox.createUser({ first_name: "Appli", last_name: "Cation" });
    const reuse = await seedReuse(sandbox, owner, { title: uniqueTitle("Appli des gares"), description: "Une appli." });
    await page.goto(`/reuses/${reuse.slug}`);
    const types = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => (JSON.parse(text) as { "@type": string })["@type"],
    );
    expect(types).toEqual(["SoftwareApplication", "BreadcrumbList"]);
  });

  test("shows its marks and its own image, which the social cards use", async ({ page, sandbox }) => {
    const owner = await sandbox.createUser({ first_name: "Ima", last_name: "Ge" });
    const reuse = await seedReuse(sandbox, owner, { title: uniqueTitle("Réutilisation illustrée"), description: "x" });
    const form = new FormData();
    form.append("file", new Blob([Buffer.from(ONE_PIXEL_PNG, "base64")], { type: "image/png" }), "image.png");
    const upload = await fetch(new URL(`/api/1/reuses/${reuse.id}/image/`, sandbox.url), {
      method: "POST",
      headers: { "X-API-KEY": owner.apikey },
      body: form,
    });
    const { image } = (await upload.json()) as { image: string };
    await sandboxApi(sandbox, "POST", `/reuses/${reuse.id}/featured/`, "sandbox-key-admin");

    // Badges, which need kinds the instance lists (none in udata 17): e2e/dashboard/reuses/admin-badges.spec.ts.
    await page.goto(`/reuses/${reuse.slug}`);
    await expect(page.getByRole("list", { name: "Distinctions" }).getByRole("listitem")).toHaveText(["★ À la une"]);
    await expect(page.getByRole("main").locator(`img[src="${image}"]`)).toBeVisible();
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", image);
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", image);
  });

  test("an archived reuse says so and is not indexed", async ({ page, sandbox }) => {
    const owner = await sandbox.createUser({ first_name: "Archi", last_name: "Viste" });
    const reuse = await seedReuse(sandbox, owner, { title: uniqueTitle("Ancienne carte"), description: "Ancienne." });
    await sandboxApi(sandbox, "PUT", `/reuses/${reuse.id}/`, owner.apikey, { archived: "2024-03-01T10:00:00+00:00" });

    await page.goto(`/reuses/${reuse.slug}`);
    await expect(page.getByText("Réutilisation archivée")).toBeVisible();
    await expect(page.getByText("Son producteur l'a archivée le 1 mars 2024")).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });
});

test.describe("a reuse that cannot be shown", () => {
  test("an unknown reuse is a 404 page", async ({ page, checkA11y }) => {
    const response = await page.goto("/reuses/cette-reutilisation-n-existe-pas");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
    await checkA11y();
  });

  test("an address that cannot be a reuse is a 404 page", async ({ page }) => {
    expect((await page.goto("/reuses/Pas%20un%20slug"))?.status()).toBe(404);
  });

  test("a private reuse is a 404 page, as if it did not exist", async ({ page, sandbox }) => {
    const owner = await sandbox.createUser({ first_name: "Pri", last_name: "Vée" });
    const reuse = await seedReuse(sandbox, owner, { title: uniqueTitle("Brouillon"), description: "x", private: true });
    const response = await page.goto(`/reuses/${reuse.slug}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
    await expect(page.getByText(reuse.title)).toHaveCount(0);
  });

  test("a deleted reuse is a 410 page that says so", async ({ page, sandbox, checkA11y }) => {
    const owner = await sandbox.createUser({ first_name: "Sup", last_name: "Primée" });
    const reuse = await seedReuse(sandbox, owner, { title: uniqueTitle("Retirée"), description: "Bientôt retirée." });
    await sandboxApi(sandbox, "DELETE", `/reuses/${reuse.id}/`, owner.apikey);

    const response = await page.goto(`/reuses/${reuse.slug}`);
    expect(response?.status()).toBe(410);
    await expect(page.getByRole("heading", { level: 1, name: "Cette réutilisation a été supprimée" })).toBeVisible();
    await checkA11y();
  });
});

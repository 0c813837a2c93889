import { test, expect } from "../fixtures";
import { frenchLeftOn, frenchOnlyPieces } from "../support/french-left";
import { sandboxApi, seedFollowers, seedReuse, uniqueTitle } from "./reuse-seed";

const ADEME = "534fff4ca3a7292c64a77c95";
const FRENCH = frenchOnlyPieces();

test.describe("the site in English", () => {
  test("every public page under /en is wholly in English, its reuse's own words marked French, and passes axe", async ({
    page,
    sandbox,
    checkA11y,
  }) => {
    test.setTimeout(120_000); // a dozen pages, each with an accessibility check
    const owner = await sandbox.createUser({ first_name: "Jules", last_name: "Anglais" });
    const reuse = await seedReuse(sandbox, owner, {
      title: uniqueTitle("Carte des marchés"),
      description: "Une carte **des marchés** de plein air, commune par commune.",
      tags: ["marches"],
    });
    await seedFollowers(sandbox, reuse.id, 1);
    const deleted = await seedReuse(sandbox, owner, { title: uniqueTitle("Carte supprimée"), description: "Partie." });
    await sandboxApi(sandbox, "DELETE", `/reuses/${deleted.id}/`, owner.apikey);

    for (const path of [
      "/en",
      "/en/reuses",
      "/en/reuses?type=api&topic=transport_and_mobility&sort=-created",
      "/en/reuses?q=zzzz-aucun-resultat",
      "/en/reuses?page=9999",
      `/en/reuses/${reuse.slug}`,
      `/en/reuses/${reuse.slug}/discussions`,
      `/en/reuses/${reuse.slug}/abonnes`,
      `/en/reuses/${reuse.slug}/signaler`,
      `/en/reuses/${reuse.slug}/signaler?envoye=1`,
      `/en/reuses/${reuse.slug}/discussions?statut=publie`,
      `/en/reuses/${deleted.slug}`,
      "/en/sign-in",
      "/en/nothing-here",
    ]) {
      await page.goto(path);
      await expect(page.locator("html"), path).toHaveAttribute("lang", "en");
      expect(await frenchLeftOn(page, FRENCH), `French left on ${path}`).toEqual([]);
      await checkA11y();
    }
    await page.goto(`/en/reuses/${reuse.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: reuse.title })).toHaveAttribute("lang", "fr");
    // What leaves the page points back to it in English: the link to share, oEmbed's discovery, og:url.
    await expect(page.locator("#lien-de-la-page")).toHaveValue(new RegExp(`/en/reuses/${reuse.slug}$`));
    const oembed = await page.locator('head link[type="application/json+oembed"]').getAttribute("href");
    expect(new URL(oembed ?? "", page.url()).searchParams.get("url")).toMatch(new RegExp(`/en/reuses/${reuse.slug}$`));
    await expect(page.locator('head meta[property="og:url"]')).toHaveAttribute(
      "content",
      new RegExp(`/en/reuses/${reuse.slug}$`),
    );
    await expect(page.locator('head meta[property="og:locale"]')).toHaveAttribute("content", "en_GB");
  });

  test("the producer area, in English for a session opened from the English sign-in page", async ({
    page,
    context,
    sandbox,
    signIn,
    checkA11y,
  }) => {
    test.setTimeout(180_000); // every dashboard screen, each with an accessibility check
    const user = await sandbox.createUser({ first_name: "Jo", last_name: "Producer", organizations: [ADEME] });
    const reuse = await seedReuse(sandbox, user, { title: uniqueTitle("Carte"), description: "Une carte." });
    await seedFollowers(sandbox, reuse.id, 1);
    // What the English sign-in page leaves in the browser (proxy.ts): the session opens in English.
    await page.goto("/en/sign-in");
    expect((await context.cookies()).find((cookie) => cookie.name === "sign-in-locale")?.value).toBe("en");
    await signIn(user.apikey);

    for (const path of [
      "/dashboard",
      "/dashboard/reuses/new",
      `/dashboard/reuses/${reuse.id}`,
      `/dashboard/reuses/${reuse.id}/followers`,
      `/dashboard/reuses/${reuse.id}/audience`,
      "/dashboard/reuses/find?reuse=nobody-has-this-name",
      "/dashboard/profile",
      "/dashboard/api-key",
      "/dashboard/metrics",
      "/dashboard/discussions",
      "/dashboard/datasets",
      "/dashboard/organization-datasets",
      "/dashboard/community-resources",
    ]) {
      await page.goto(path);
      expect(new URL(page.url()).pathname, `${path} keeps its one address`).toBe(path.split("?")[0]);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("html"), path).toHaveAttribute("lang", "en");
      expect(await frenchLeftOn(page, FRENCH), `French left on ${path}`).toEqual([]);
      await checkA11y();
    }
  });

  test("the site admin's screens in English", async ({ page, signIn, checkA11y }) => {
    await page.goto("/en/sign-in");
    await signIn("sandbox-key-admin");
    await page.goto("/dashboard/admin/reutilisations");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await frenchLeftOn(page, FRENCH), "French left on the admin search").toEqual([]);
    await checkA11y();
  });

  test("the header's switch goes to the same page and query in the other language, and back", async ({ page }) => {
    await page.goto("/reuses?q=carte&sort=-created");
    await page.getByRole("navigation", { name: "Langue du site" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/reuses\?q=carte&sort=-created$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reuses");
    await expect(page.locator('main input[name="q"]').first()).toHaveValue("carte");
    await page.getByRole("navigation", { name: "Site language" }).getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/reuses\?q=carte&sort=-created$/);
    expect(new URL(page.url()).pathname).toBe("/reuses");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  });

  test("each page names itself in both languages (hreflang), its canonical URL in its own", async ({ page }) => {
    await page.goto("/en/reuses");
    const head = page.locator("head");
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/reuses$/);
    await expect(head.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute("href", /[^n]\/reuses$/);
    await expect(head.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en\/reuses$/);
    await expect(head.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", /[^n]\/reuses$/);
    await page.goto("/reuses");
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", /[^n]\/reuses$/);
  });

  test("no redirect by the browser's language: the URL alone says the page's", async ({ request }) => {
    const french = await request.get("/reuses", { headers: { "accept-language": "en-GB,en;q=0.9" }, maxRedirects: 0 });
    expect(french.status()).toBe(200);
    expect(await french.text()).toContain('<html lang="fr"');
    const english = await request.get("/en/reuses", { headers: { "accept-language": "fr" }, maxRedirects: 0 });
    expect(english.status()).toBe(200);
    expect(await english.text()).toContain('<html lang="en"');
    const prefixed = await request.get("/fr/reuses?q=eau", { maxRedirects: 0 });
    expect(prefixed.status()).toBe(307);
    expect(prefixed.headers().location).toMatch(/^(https?:\/\/[^/]+)?\/reuses\?q=eau$/);
  });

  test("each language has its page-cache entry", async ({ request }) => {
    await request.get("/en/reuses?sort=-views");
    const english = await request.get("/en/reuses?sort=-views");
    expect(english.headers()["x-page-cache"]).toBe("hit");
    expect(await english.text()).toContain('<html lang="en"');
    await request.get("/reuses?sort=-views");
    const french = await request.get("/reuses?sort=-views");
    expect(french.headers()["x-page-cache"]).toBe("hit");
    expect(await french.text()).toContain('<html lang="fr"');
  });

  test("an English producer area has one address: /en/dashboard is /dashboard", async ({ request }) => {
    const answer = await request.get("/en/dashboard/profile?x=1", { maxRedirects: 0 });
    expect(answer.status()).toBe(307);
    expect(answer.headers().location).toMatch(/^(https?:\/\/[^/]+)?\/dashboard\/profile\?x=1$/);
  });
});

import { type Page } from "@playwright/test";

import { signInThroughApi } from "../../support/auth";
import { expect, test } from "../../fixtures";

/** The producer area's language: a form on every dashboard page, stored with the session. */
const PRODUCER_KEY = "sandbox-key-producer";

/** The language form of the page, in either language. */
const languages = (page: Page) => page.getByRole("group", { name: /^(Langue de l'espace|Dashboard language)$/ });

async function expectInLanguage(page: Page, locale: "fr" | "en") {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  const group = languages(page);
  await expect(group.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", `${locale === "en"}`);
  await expect(group.getByRole("button", { name: "Français" })).toHaveAttribute("aria-pressed", `${locale === "fr"}`);
}

test.describe("the dashboard's language", () => {
  test("a producer chooses English: the same page in English, kept across pages, reloads, writes and sign-ins", async ({
    page,
    context,
    sandbox,
    leakScan,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Ada", last_name: "Langue" });
    await page.goto("/sign-in");
    await page.getByLabel("Clé d'API data.gouv.fr").fill(user.apikey);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Mes réutilisations" })).toBeVisible();
    await expectInLanguage(page, "fr");

    // Each language named in itself, and marked so inside a page of the other.
    await page.getByRole("navigation", { name: "Espace producteur" }).getByRole("link", { name: "Profil" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mon profil" })).toBeVisible();
    const english = languages(page).getByRole("button", { name: "English" });
    await expect(english).toHaveAttribute("lang", "en");
    await english.focus();
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/dashboard\/profile$/);
    await expect(page.getByRole("heading", { level: 1, name: "My profile" })).toBeVisible();
    await expectInLanguage(page, "en");
    await expect(languages(page).getByRole("button", { name: "Français" })).toHaveAttribute("lang", "fr");
    await expect(page.getByText("Signed in as Ada Langue")).toBeVisible();
    await checkA11y();

    // A write still succeeds: the session is the same one; its update (new name) keeps the language.
    await page.getByRole("textbox", { name: "First name" }).fill("Grace");
    await page.getByRole("button", { name: "Save the profile" }).click();
    await expect(page.getByText("Profile saved.")).toBeVisible();
    await expect(page.getByText("Signed in as Grace Langue")).toBeVisible();

    await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "My reuses" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My reuses" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "My reuses" })).toBeVisible();
    await expectInLanguage(page, "en");
    await checkA11y();

    // The choice belongs to the session: signing in again from the English sign-in page opens in English.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/en/sign-in");
    await page.getByLabel("data.gouv.fr API key").fill(user.apikey);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "My reuses" })).toBeVisible();
    await expectInLanguage(page, "en");
    await leakScan.expectNoLeakOf(user.apikey, context);
  });

  test("without JavaScript, the form changes the language and comes back to the page, its query kept", async ({
    browser,
    sandbox,
    clientAddress,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: { "x-forwarded-for": clientAddress },
    });
    const page = await context.newPage();
    const user = await sandbox.createUser({ first_name: "Sans", last_name: "Script" });
    await signInThroughApi(page, user.apikey);

    await page.goto("/dashboard/metrics?periode=12");
    await expect(page.getByRole("heading", { level: 1, name: "Statistiques" })).toBeVisible();
    await languages(page).getByRole("button", { name: "English" }).click();
    await expect(page).toHaveURL(/\/dashboard\/metrics\?periode=12$/);
    await expect(page.getByRole("heading", { level: 1, name: "Statistics" })).toBeVisible();
    await expectInLanguage(page, "en");

    await languages(page).getByRole("button", { name: "Français" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Statistiques" })).toBeVisible();
    await expectInLanguage(page, "fr");
    await context.close();
  });

  test("from an English dashboard, a reuse's public page opens in English", async ({ page, signIn, checkA11y }) => {
    await signIn(PRODUCER_KEY);
    await page.goto("/dashboard?sort=title");
    await languages(page).getByRole("button", { name: "English" }).click();
    await expect(page).toHaveURL(/\/dashboard\?sort=title$/);
    await expect(page.getByRole("heading", { level: 1, name: "My reuses" })).toBeVisible();

    const publicPage = page.getByRole("link", { name: /^Public page of / }).first();
    await expect(publicPage).toHaveAttribute("href", /^\/en\/reuses\/[^/]+$/);
    await publicPage.click();
    await expect(page).toHaveURL(/\/en\/reuses\/[^/]+$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await checkA11y();
  });

  test("the form's address: opened, it goes back to the dashboard; another site's post changes nothing; it never leads outside the producer area", async ({
    page,
    sandbox,
    signIn,
    baseURL,
  }) => {
    const noFollow = { maxRedirects: 0 };
    const signedOut = await page.request.get("/dashboard/langue", noFollow);
    expect(signedOut.headers().location).toMatch(/\/sign-in\?callbackUrl=/);

    const user = await sandbox.createUser({ first_name: "Eve", last_name: "Ailleurs" });
    await signIn(user.apikey);
    const opened = await page.request.get("/dashboard/langue", noFollow);
    expect(opened.status()).toBe(303);
    expect(opened.headers()).toMatchObject({
      location: "/dashboard",
      "cache-control": expect.stringMatching(/private/),
    });

    const foreign = await page.request.post("/dashboard/langue", {
      ...noFollow,
      form: { locale: "en", back: "/dashboard/profile" },
      headers: { origin: "https://evil.example" },
    });
    expect(foreign.status()).toBe(403);
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Mes réutilisations" })).toBeVisible();

    const outside = await page.request.post("/dashboard/langue", {
      ...noFollow,
      form: { locale: "en", back: "https://evil.example/dashboard" },
      headers: { origin: new URL(baseURL ?? "").origin },
    });
    expect(outside.status()).toBe(303);
    expect(outside.headers().location).toBe("/dashboard");
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "My reuses" })).toBeVisible();
  });
});

import { sessionCookie } from "../support/auth";
import { expect, test } from "../fixtures";

test.describe("signing in with an API key", () => {
  test("a producer signs in, sees their name, reaches the dashboard and signs out; the key never reaches the browser", async ({
    page,
    context,
    sandbox,
    checkA11y,
    leakScan,
  }) => {
    const user = await sandbox.createUser({ first_name: "Camille", last_name: "Durand" });

    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Se connecter" })).toBeVisible();
    await checkA11y();

    const field = page.getByLabel("Clé d'API data.gouv.fr");
    await expect(field).toHaveAttribute("type", "password");
    await expect(field).toHaveAttribute("autocomplete", "off");
    await field.fill(user.apikey);
    await page.getByRole("button", { name: "Afficher" }).click();
    await expect(field).toHaveAttribute("type", "text");
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();

    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByText("Connecté en tant que Camille Durand")).toBeVisible();
    await expect(page.getByRole("banner").getByText("Camille Durand")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Mes réutilisations" })).toBeVisible();
    await checkA11y();

    const cookie = await sessionCookie(context);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    // Browse a public page signed in, then sign out from the header's menu.
    await page.goto("/reuses");
    await page.getByRole("banner").getByText("Camille Durand").click();
    await page.getByRole("banner").getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();

    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard$/);
    expect(await leakScan.count()).toBeGreaterThan(10);
    expect(await leakScan.sawText("Camille Durand")).toBe(true);
    await leakScan.expectNoLeakOf(user.apikey, context);
  });

  test("a wrong key is refused next to the field, and makes no session", async ({ page, context, checkA11y }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Clé d'API data.gouv.fr").fill("not-a-real-key");
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();

    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Clé d'API invalide.");
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByLabel("Clé d'API data.gouv.fr")).toHaveAttribute("aria-invalid", "true");
    expect(await sessionCookie(context)).toBeUndefined();
    await checkA11y();
  });

  test(
    "when data.gouv.fr cannot check the key, the form says so, not that the key is wrong",
    { tag: "@isolated" },
    async ({ page, sandbox, context }) => {
      const user = await sandbox.createUser({ first_name: "Panne", last_name: "Amont" });
      await sandbox.setFaults({ status: 503, pathPrefix: "/me/" });
      await page.goto("/sign-in");
      await page.getByLabel("Clé d'API data.gouv.fr").fill(user.apikey);
      await page.getByRole("button", { name: "Se connecter", exact: true }).click();

      await expect(page.getByRole("main").getByRole("alert")).toHaveText(
        "data.gouv.fr ne répond pas : impossible de vérifier votre clé pour le moment. Réessayez.",
      );
      expect(await sessionCookie(context)).toBeUndefined();
    },
  );

  test("without JavaScript, the form still signs in", async ({ browser, sandbox, clientAddress }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: { "x-forwarded-for": clientAddress },
    });
    const page = await context.newPage();
    const user = await sandbox.createUser({ first_name: "Sans", last_name: "Script" });

    await page.goto("/sign-in");
    await page.getByLabel("Clé d'API data.gouv.fr").fill("wrong-key");
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Clé d'API invalide.");

    await page.getByLabel("Clé d'API data.gouv.fr").fill(user.apikey);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByText("Connecté en tant que Sans Script")).toBeVisible();

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in/);
    await context.close();
  });

  test("callbackUrl leads back only within the site", async ({ page, sandbox }) => {
    const user = await sandbox.createUser({ first_name: "Ali", last_name: "Baba" });
    for (const target of ["https://evil.example/phish", "//evil.example/phish", "/\\evil.example"]) {
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(target)}`);
      await page.getByLabel("Clé d'API data.gouv.fr").fill(user.apikey);
      await page.getByRole("button", { name: "Se connecter", exact: true }).click();
      await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/dashboard$/);
      await page.context().clearCookies();
    }
  });

  test("signed out, the producer area sends to sign-in and says why; signing in leads back there", async ({
    page,
    sandbox,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Nina", last_name: "Retour" });
    await page.goto("/dashboard/profile");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard%2Fprofile$/);
    await expect(page.getByRole("status")).toHaveText("Connectez-vous pour accéder à votre espace producteur.");
    await checkA11y();
    await page.getByLabel("Clé d'API data.gouv.fr").fill(user.apikey);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await expect(page).toHaveURL(/\/dashboard\/profile$/);
  });

  test("opened from the header, the sign-in page says nothing of the producer area", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByText("Connectez-vous pour accéder à votre espace producteur.")).toHaveCount(0);
  });
});

import type { Page } from "@playwright/test";

import { expect, test } from "../fixtures";

// Issue 16: the producer forms' rough edges — errors that stay after the value is valid, a file button in the
// browser's language, two styles of fields.

/** What makes a text field look as it does. */
const lookOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((field) => {
    const style = getComputedStyle(field);
    return {
      background: style.backgroundColor,
      borderBottom: `${style.borderBottomWidth} ${style.borderBottomStyle} ${style.borderBottomColor}`,
      borderTop: style.borderTopWidth,
      height: style.height,
      radius: style.borderTopLeftRadius,
    };
  });

test.describe("the producer forms", () => {
  test("a type or topic error goes as soon as a valid choice is made, before the field is left", async ({
    page,
    sandbox,
    signIn,
  }) => {
    const user = await sandbox.createUser({ first_name: "Éric", last_name: "Erreur" });
    await signIn(user.apikey);
    await page.goto("/dashboard/reuses/new");
    await page.getByRole("button", { name: "Suivant : les jeux de données" }).click();
    await expect(page.getByText("Choisissez un type.")).toBeVisible();
    await expect(page.getByText("Choisissez une thématique.")).toBeVisible();

    const type = page.getByRole("combobox", { name: "Type" });
    await type.focus();
    await type.selectOption({ label: "Visualisation" });
    await expect(type).toBeFocused();
    await expect(page.getByText("Choisissez un type.")).toHaveCount(0);
    await expect(type).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Choisissez une thématique.")).toBeVisible();
    await page.getByRole("combobox", { name: "Thématique" }).selectOption({ label: "Transports et mobilité" });
    await expect(page.getByText("Choisissez une thématique.")).toHaveCount(0);
  });

  test("the image's file button speaks French in an English browser, and names the chosen file", async ({
    browser,
    sandbox,
    checkA11y,
  }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    const user = await sandbox.createUser({ first_name: "Fanny", last_name: "Fichier" });
    await page.goto("/sign-in");
    await page.getByLabel("Clé d'API data.gouv.fr").fill(user.apikey);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await page.waitForURL(/\/dashboard$/);

    await page.goto("/dashboard/reuses/new");
    await expect(page.getByText("Choisir une image", { exact: true })).toBeVisible();
    await expect(page.getByText("Aucune image choisie")).toBeVisible();
    const file = page.getByLabel("Image");
    // The browser's own button ("Choose File") is not shown: the field is visually hidden behind its label.
    await expect(file).toHaveClass(/sr-only/);
    await expect(file).toHaveAccessibleDescription(/Aucune image choisie/);
    await checkA11y(page);
    await context.close();
  });

  test("every text field of the site has one look, from one set of styles", async ({ page, sandbox, signIn }) => {
    const looks = [await page.goto("/sign-in").then(() => lookOf(page, "#apiKey"))];
    const user = await sandbox.createUser({ first_name: "Ugo", last_name: "Uniforme" });
    await signIn(user.apikey);
    for (const [path, selector] of [
      ["/dashboard/profile", "#first_name"],
      ["/dashboard/reuses/new", "#reuse-title"],
      ["/dashboard/api-key", "#token-name"],
      ["/reuses", "#search-q"],
    ] as const) {
      await page.goto(path);
      looks.push(await lookOf(page, selector));
    }
    for (const look of looks.slice(1)) expect(look).toEqual(looks[0]);
  });
});

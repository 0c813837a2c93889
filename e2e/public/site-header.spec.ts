import type { Locator } from "@playwright/test";

import { expect, test } from "../fixtures";
import { sidewaysOverflow } from "../support/layout";

const PHONE = { width: 390, height: 800 };
const DESKTOP = { width: 1280, height: 800 };

/** The boxes of what the header shows on its top line: each must sit beside the others, none below. */
async function expectOneLine(items: Locator[]): Promise<void> {
  const boxes = await Promise.all(items.map((item) => item.boundingBox()));
  const centers = boxes.map((box) => {
    expect(box).not.toBeNull();
    return (box?.y ?? 0) + (box?.height ?? 0) / 2;
  });
  expect(Math.max(...centers) - Math.min(...centers)).toBeLessThan(4);
}

/** Escape and following a link close the menu once React runs it (a public page hydrates when first used). */
async function expectHydrated(element: Locator): Promise<void> {
  await expect
    .poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__react"))))
    .toBe(true);
}

/** A link or button of the open menu: one line of text, within the 44 px tap target. */
async function expectSingleLine(item: Locator): Promise<void> {
  const box = await item.boundingBox();
  expect(box?.height).toBeLessThanOrEqual(48);
}

test.describe("the site header", () => {
  for (const signedIn of [false, true]) {
    const who = signedIn ? "signed in" : "signed out";

    test(`${who}, on a 390 px phone: the name and one menu button on one line; the menu opens by mouse and keyboard`, async ({
      page,
      sandbox,
      signIn,
      checkA11y,
    }) => {
      await page.setViewportSize(PHONE);
      if (signedIn) await signIn((await sandbox.createUser({ first_name: "Petit", last_name: "Écran" })).apikey);
      await page.goto("/reuses");
      const header = page.getByRole("banner");
      const menu = header.locator("summary").filter({ hasText: "Menu" });
      const brand = header.getByRole("link", { name: "Réutilisations data.gouv.fr" });
      await expectOneLine([brand, menu]);
      // The wide layout's links are not shown at this width.
      await expect(header.getByRole("link", { name: "Toutes les réutilisations" })).toBeHidden();
      expect(await sidewaysOverflow(page)).toBe(0);

      await menu.click();
      const reuses = header.getByRole("link", { name: "Toutes les réutilisations" });
      await expect(reuses).toBeVisible();
      const account = signedIn
        ? [
            header.getByRole("link", { name: "Mon espace producteur" }),
            header.getByRole("button", { name: "Se déconnecter" }),
          ]
        : [header.getByRole("link", { name: "Se connecter" })];
      for (const item of account) await expect(item).toBeVisible();
      for (const item of [reuses, ...account]) await expectSingleLine(item);
      expect(await sidewaysOverflow(page)).toBe(0);
      await checkA11y();

      await expectHydrated(menu);
      // Closed by its button, then opened from the keyboard; Escape closes it and leaves focus on the button.
      await menu.click();
      await expect(reuses).toBeHidden();
      await menu.focus();
      await page.keyboard.press("Enter");
      await expect(reuses).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(reuses).toBeHidden();
      await expect(menu).toBeFocused();

      // A link followed from the menu closes it.
      await page.keyboard.press("Enter");
      await reuses.click();
      await expect(page).toHaveURL(/\/reuses$/);
      await expect(reuses).toBeHidden();
    });

    test(`${who}, at 1280 px: today's header, its links on one line`, async ({ page, sandbox, signIn, checkA11y }) => {
      await page.setViewportSize(DESKTOP);
      if (signedIn) await signIn((await sandbox.createUser({ first_name: "Grand", last_name: "Écran" })).apikey);
      await page.goto("/reuses");
      const header = page.getByRole("banner");
      await expect(header.locator("summary").filter({ hasText: "Menu" })).toBeHidden();
      const brand = header.getByRole("link", { name: "Réutilisations data.gouv.fr" });
      const reuses = header.getByRole("link", { name: "Toutes les réutilisations" });
      const account = signedIn ? header.getByText("Grand Écran") : header.getByRole("link", { name: "Se connecter" });
      await expect(account).toBeVisible();
      await expectOneLine([brand, reuses, account]);
      expect(await sidewaysOverflow(page)).toBe(0);
      await checkA11y();

      if (signedIn) {
        await account.click();
        await expect(header.getByRole("link", { name: "Mon espace producteur" })).toBeVisible();
        await page.keyboard.press("Escape");
        await expect(header.getByRole("link", { name: "Mon espace producteur" })).toBeHidden();
        await checkA11y();
      }
    });
  }

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the phone's menu opens and offers every link of the signed-out header", async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto("/reuses");
      const header = page.getByRole("banner");
      await header.locator("summary").filter({ hasText: "Menu" }).click();
      await expect(header.getByRole("link", { name: "Toutes les réutilisations" })).toHaveAttribute("href", "/reuses");
      await expect(header.getByRole("link", { name: "Se connecter" })).toHaveAttribute("href", "/sign-in");
    });
  });
});

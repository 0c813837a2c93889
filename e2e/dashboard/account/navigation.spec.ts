import { expect, test } from "../../fixtures";
import { sidewaysOverflow } from "../../support/layout";

/** The screens of this issue, by their link in the navigation, and their title. */
const SCREENS = [
  { link: "Statistiques", path: "/dashboard/metrics", title: "Statistiques" },
  { link: "Mes jeux de données", path: "/dashboard/datasets", title: "Mes jeux de données" },
  {
    link: "Jeux de données de mes organisations",
    path: "/dashboard/organization-datasets",
    title: "Jeux de données de mes organisations",
  },
  { link: "Ressources communautaires", path: "/dashboard/community-resources", title: "Ressources communautaires" },
  { link: "Discussions", path: "/dashboard/discussions", title: "Discussions" },
  { link: "Profil", path: "/dashboard/profile", title: "Mon profil" },
  { link: "Clé d'API et jetons", path: "/dashboard/api-key", title: "Clé d'API et jetons" },
];

test.describe("dashboard navigation", () => {
  test("reaches every screen, from the keyboard, and marks the current one", async ({
    page,
    context,
    sandbox,
    signIn,
    leakScan,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Nathan", last_name: "Navigation" });
    await signIn(user.apikey);
    await page.goto("/dashboard/profile");
    const nav = page.getByRole("navigation", { name: "Espace producteur" });
    await expect(nav.getByRole("link", { name: "Mes réutilisations" })).toHaveAttribute("href", "/dashboard");
    await expect(nav.getByRole("link", { name: "Publier une réutilisation" })).toHaveAttribute(
      "href",
      "/dashboard/reuses/new",
    );

    // Tab goes through the links in their visible order.
    await nav.getByRole("link", { name: "Mes réutilisations" }).focus();
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: "Publier une réutilisation" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: "Statistiques" })).toBeFocused();

    for (const screen of SCREENS) {
      const link = nav.getByRole("link", { name: screen.link, exact: true });
      await link.focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${screen.path}$`));
      await expect(page.getByRole("heading", { level: 1, name: screen.title, exact: true })).toBeVisible();
      await expect(link).toHaveAttribute("aria-current", "page");
      await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
      await checkA11y();
    }
    await leakScan.expectNoLeakOf(user.apikey, context);
  });

  test("folds into a disclosure on a 320 px phone; no screen scrolls sideways", async ({
    page,
    context,
    sandbox,
    signIn,
    leakScan,
    checkA11y,
  }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    const user = await sandbox.createUser({ first_name: "Téléphone", last_name: "Étroit" });
    await signIn(user.apikey);
    await page.goto("/dashboard/metrics");
    const nav = page.getByRole("navigation", { name: "Espace producteur" });
    await expect(nav).toBeHidden();

    const menu = page.getByText("Menu de l'espace producteur");
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(nav.getByRole("link", { name: "Discussions" })).toBeVisible();
    await checkA11y();
    await nav.getByRole("link", { name: "Discussions" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Discussions" })).toBeVisible();

    for (const screen of SCREENS) {
      await page.goto(screen.path);
      await expect(page.getByRole("heading", { level: 1, name: screen.title, exact: true })).toBeVisible();
      expect(await sidewaysOverflow(page), screen.path).toBe(0);
      await checkA11y();
    }
    await leakScan.expectNoLeakOf(user.apikey, context);
  });
});

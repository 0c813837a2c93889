import { expect, test } from "../../fixtures";

test.describe("metrics", () => {
  test("cards, and the reuses charted by views and followers with a table for screen readers", async ({
    page,
    context,
    signIn,
    leakScan,
    checkA11y,
  }) => {
    await signIn("sandbox-key-producer");
    await page.goto("/dashboard/metrics");
    await expect(page.getByRole("heading", { level: 1, name: "Statistiques" })).toBeVisible();
    const cards = page.getByRole("region", { name: "Chiffres clés" });
    await expect(cards.getByRole("term")).toHaveText([
      "Mes jeux de données",
      "Jeux de données de mes organisations",
      "Mes abonnés",
      "Abonnés de mes organisations",
      "Disponibilité des ressources",
    ]);
    // udata counts the follows of the organizations (ADEME: the catalogue's 80), not the follows the producer made.
    await expect(cards.getByRole("definition")).toHaveText(["0", "3", "0", "80", "100 %"]);

    const audience = page.getByRole("region", { name: "Audience de mes réutilisations" });
    // Two charts drawn in the browser, hidden from screen readers…
    await expect(audience.locator("svg.recharts-surface")).toHaveCount(2);
    await expect(audience.locator(".recharts-bar-rectangle").first()).toBeVisible();
    // …which get the figures as a table: the producer's three live reuses (the deleted one left out).
    const table = audience.getByRole("table", { name: "Vues et abonnés de chacune de vos réutilisations" });
    await expect(table.getByRole("row")).toHaveCount(4);
    await expect(table.getByRole("columnheader")).toHaveText(["Réutilisation", "Vues", "Abonnés"]);
    await checkA11y();
    await leakScan.expectNoLeakOf("sandbox-key-producer", context);
  });

  test("a new producer sees zeros and an invitation to publish", async ({
    page,
    context,
    sandbox,
    signIn,
    leakScan,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Nina", last_name: "Nouvelle" });
    await signIn(user.apikey);
    await page.goto("/dashboard/metrics");
    await expect(page.getByRole("region", { name: "Chiffres clés" }).getByRole("definition").first()).toHaveText("0");
    const audience = page.getByRole("region", { name: "Audience de mes réutilisations" });
    await expect(audience).toContainText("Vous n'avez pas encore de réutilisation");
    await expect(audience.getByRole("link", { name: "Publier une réutilisation" })).toHaveAttribute(
      "href",
      "/dashboard/reuses/new",
    );
    await expect(audience.getByRole("table")).toHaveCount(0);
    await checkA11y();
    await leakScan.expectNoLeakOf(user.apikey, context);
  });
});

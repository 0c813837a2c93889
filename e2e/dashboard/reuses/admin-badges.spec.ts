import { sandboxApi, seedReuse } from "../../public/reuse-seed";
import { expect, test } from "../../fixtures";
import { uniqueWord } from "./steps";

const DESCRIPTION = "Une réutilisation pour les tests des badges que data.gouv.fr propose.";

test.describe("reuse badges on an instance that lists badge kinds", () => {
  test(
    "an admin picks one of the listed kinds by its label and removes it; kinds the instance does not list are shown nowhere",
    { tag: "@isolated" },
    async ({ page, context, sandbox, signIn, leakScan, checkA11y }) => {
      const owner = await sandbox.createUser({ first_name: "Bea", last_name: "Badge" });
      const reuse = await seedReuse(sandbox, owner, {
        title: `Carte ${uniqueWord("badge")}`,
        description: DESCRIPTION,
      });
      // A badge of a kind the instance listed once and no longer does.
      await sandbox.addBadgeKind("ancien-badge", "Ancien badge");
      await sandboxApi(sandbox, "POST", `/reuses/${reuse.id}/badges/`, "sandbox-key-admin", { kind: "ancien-badge" });
      await sandbox.clearBadgeKinds();
      await sandbox.addBadgeKind("coup-de-coeur", "Coup de cœur");
      await sandbox.addBadgeKind("laureat", "Lauréate du concours");

      const admin = await sandbox.createUser({ first_name: "Ada", last_name: "Admin", roles: ["admin"] });
      await signIn(admin.apikey);
      await page.goto(`/dashboard/reuses/${reuse.id}`);
      const administration = page.getByRole("region", { name: "Administration du site" });
      await expect(administration).toContainText("Aucun badge.");
      await expect(administration).not.toContainText("ancien-badge");
      const picker = administration.getByRole("combobox", { name: "Ajouter un badge" });
      await expect(picker.getByRole("option")).toHaveText(["Coup de cœur", "Lauréate du concours"]);
      await checkA11y();

      await picker.selectOption({ label: "Lauréate du concours" });
      await administration.getByRole("button", { name: "Ajouter", exact: true }).click();
      await expect(administration.getByRole("status").filter({ hasText: "badge" })).toHaveText(
        "Le badge « Lauréate du concours » est ajouté.",
      );
      await expect(administration.getByRole("listitem").filter({ hasText: "Lauréate du concours" })).toBeVisible();
      await expect(picker.getByRole("option")).toHaveText(["Coup de cœur"]);
      await checkA11y();

      // The public page: the listed label, never the raw kind nor the kind no longer listed.
      await page.goto(`/reuses/${reuse.slug}`);
      await expect(page.getByRole("list", { name: "Distinctions" }).getByRole("listitem")).toHaveText([
        "Lauréate du concours",
      ]);
      await expect(page.getByRole("main")).not.toContainText("ancien-badge");
      await expect(page.getByRole("main")).not.toContainText("Ancien badge");
      await checkA11y();

      await page.goto(`/dashboard/reuses/${reuse.id}`);
      await administration.getByRole("button", { name: "Retirer le badge Lauréate du concours" }).click();
      await expect(administration.getByRole("status").filter({ hasText: "badge" })).toHaveText(
        "Le badge « Lauréate du concours » est retiré.",
      );
      await expect(administration).toContainText("Aucun badge.");
      const stored = await sandboxApi<{ badges: { kind: string }[] }>(sandbox, "GET", `/reuses/${reuse.id}/`);
      expect(stored.badges).toEqual([{ kind: "ancien-badge" }]);
      await leakScan.expectNoLeakOf(admin.apikey, context);
    },
  );
});

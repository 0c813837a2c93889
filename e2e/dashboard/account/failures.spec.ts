import { FAULT_KINDS, WRITE_TIMEOUT_MS } from "../../../scripts/lib/faults-kinds.mjs";
import { sandboxApi } from "../../public/reuse-seed";
import { fillField, visitUnderFault } from "../../support/faults";
import { expect, test } from "../../fixtures";

// The producer's account when data.gouv.fr fails, for each fault the sandbox can make: saving the profile says
// why it failed and keeps what was typed (or saves, when data.gouv.fr is only slow), and the profile page, which
// cannot be read, says why with a retry link. Faults apply to every test: these run alone (@isolated).

const TYPED = {
  Prénom: "Fantine",
  Nom: "Persévérante",
  "Site web (facultatif)": "https://exemple.fr/fantine",
  "À propos (facultatif)": "Je publie des cartes, même les jours où data.gouv.fr tombe en panne.",
};

test.describe("the account when data.gouv.fr fails", { tag: "@isolated" }, () => {
  for (const kind of FAULT_KINDS) {
    test(`${kind.name}: saving the profile keeps what was typed; the profile page says why, with a retry link`, async ({
      page,
      sandbox,
      signIn,
      checkA11y,
    }) => {
      const user = await sandbox.createUser({ first_name: "Fanny", last_name: "Faute" });
      await signIn(user.apikey);
      await page.goto("/dashboard/profile");
      for (const [name, value] of Object.entries(TYPED)) {
        await fillField(page.getByRole("textbox", { name, exact: true }), value);
      }

      await sandbox.setFaults(kind.fault);
      await page.getByRole("button", { name: "Enregistrer le profil" }).click();
      const outcome = kind.write === "saved" ? "Profil enregistré." : kind.message;
      // A write waits up to its timeout for data.gouv.fr (a hang), then says so.
      await expect(page.getByRole("status").filter({ hasText: outcome })).toBeVisible({
        timeout: WRITE_TIMEOUT_MS + 5_000,
      });
      if (kind.write !== "saved") {
        for (const [name, value] of Object.entries(TYPED)) {
          await expect(page.getByRole("textbox", { name, exact: true })).toHaveValue(value);
        }
        await checkA11y();
      }

      const comeBack = await visitUnderFault(page, {
        kind,
        path: "/dashboard/profile",
        sandboxUrl: sandbox.url,
        checkA11y,
      });
      await sandbox.clearFaults();
      const me = await sandboxApi<{ first_name: string }>(sandbox, "GET", "/me/", user.apikey);
      expect(me.first_name).toBe(kind.write === "saved" ? TYPED.Prénom : "Fanny");

      // Once data.gouv.fr is back, the link brings the page back, with what data.gouv.fr holds.
      await comeBack();
      await expect(page.getByRole("textbox", { name: "Prénom" })).toHaveValue(me.first_name);
    });
  }

  // The key's actions need no list: the page stays, and says why the list is missing.
  test("the API key page keeps its actions when the list of tokens cannot load, saying why", async ({
    page,
    sandbox,
    signIn,
    checkA11y,
  }) => {
    const kind = FAULT_KINDS.find((fault) => fault.name === "429");
    if (!kind) throw new Error("no 429 fault in FAULT_KINDS");
    const user = await sandbox.createUser({ first_name: "Jules", last_name: "Jeton" });
    await signIn(user.apikey);
    await sandbox.setFaults({ ...kind.fault, pathPrefix: "/me/api_tokens/" });
    await page.goto("/dashboard/api-key");
    await expect(page.getByRole("button", { name: "Générer une nouvelle clé" })).toBeVisible();
    const tokens = page.getByRole("region", { name: "Jetons d'API" });
    await expect(tokens).toContainText(`La liste de vos jetons n'a pas pu être chargée. ${kind.message}`);
    await expect(tokens.getByRole("link", { name: "Réessayer" })).toHaveAttribute("href", "/dashboard/api-key");
    await checkA11y();
  });
});

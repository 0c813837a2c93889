import { LeakScan } from "../../support/leak-scan";
import { expect, test } from "../../fixtures";
import { expectSignedOutWithKeyStopped, meStatusWith } from "./support";

test.describe("API key on udata 17 (API tokens)", () => {
  test("regenerating shows the new key once; the session goes on with it and the old key stops working", async ({
    page,
    context,
    sandbox,
    signIn,
    leakScan,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Régis", last_name: "Nouvelle-Clé" });
    await signIn(user.apikey);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/dashboard/api-key");
    await expect(page.getByRole("heading", { level: 1, name: "Clé d'API et jetons" })).toBeVisible();
    await checkA11y();

    const trigger = page.getByRole("button", { name: "Générer une nouvelle clé" });
    await trigger.click();
    const confirm = page.getByRole("dialog", { name: "Générer une nouvelle clé d'API ?" });
    await expect(confirm.getByRole("button", { name: "Annuler" })).toBeFocused();
    await checkA11y();
    const regenerated = page.waitForResponse(/\/api\/trpc\/account\.apiKey\.regenerate/);
    await confirm.getByRole("button", { name: "Générer une nouvelle clé" }).click();
    // The answer holds the new key: no cache, the browser's or a shared one, may keep it.
    expect((await regenerated).headers()["cache-control"]).toBe("private, no-store");

    const shown = page.getByRole("dialog", { name: "Votre nouvelle clé d'API" });
    await expect(shown.getByRole("button", { name: "Copier" })).toBeFocused();
    const newKey = await shown.getByRole("textbox", { name: "Nouvelle clé d'API" }).inputValue();
    expect(newKey).not.toBe(user.apikey);
    expect(newKey).toMatch(/^udata_/);
    await shown.getByRole("button", { name: "Copier" }).click();
    await expect(shown.getByRole("status")).toHaveText("Copié dans le presse-papiers.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(newKey);
    await checkA11y();

    await page.keyboard.press("Escape");
    await expect(shown).toBeHidden();
    await expect(trigger).toBeFocused();
    // The native dialog hides at once; the key leaves the DOM when React handles its close event, just after.
    await expect.poll(() => page.content()).not.toContain(newKey);

    // data.gouv.fr refuses the old key and takes the new one; this site goes on, with the new one.
    expect(await meStatusWith(sandbox.url, user.apikey)).toBe(401);
    expect(await meStatusWith(sandbox.url, newKey)).toBe(200);
    const afterwards = new LeakScan();
    afterwards.watch(page);
    await page.goto("/dashboard/profile");
    await expect(page.getByRole("heading", { level: 1, name: "Mon profil" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Prénom" })).toHaveValue("Régis");
    await page.goto("/dashboard/api-key");
    await expect(page.getByRole("heading", { level: 1, name: "Clé d'API et jetons" })).toBeVisible();
    // The session's token is the new one; the old (migrated) key is no longer listed.
    const tokens = page.getByRole("region", { name: "Jetons d'API" });
    await expect(tokens.getByRole("listitem")).toHaveCount(1);
    await expect(tokens.getByRole("listitem")).toContainText("Utilisé par votre session sur ce site");
    await expect(tokens).toContainText(newKey.slice(0, 14));
    await expect(tokens).not.toContainText("Migrated API key");
    await afterwards.expectNoLeakOf(newKey, context);
    await leakScan.expectNoLeakOf(user.apikey, context);
  });

  test("tokens: create one (shown once), see it listed, revoke it", async ({
    page,
    context,
    sandbox,
    signIn,
    leakScan,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Jeanne", last_name: "Jeton" });
    await signIn(user.apikey);
    await page.goto("/dashboard/api-key");
    const tokens = page.getByRole("region", { name: "Jetons d'API" });
    // The key signed in with: data.gouv.fr migrated it to a token.
    await expect(tokens.getByRole("heading", { name: "Migrated API key" })).toBeVisible();

    await tokens.getByRole("textbox", { name: "Nom du jeton (facultatif)" }).fill("Script de publication");
    await tokens.getByRole("button", { name: "Créer un jeton" }).click();
    const shown = page.getByRole("dialog", { name: "Votre nouveau jeton d'API" });
    const token = await shown.getByRole("textbox", { name: "Nouveau jeton d'API" }).inputValue();
    expect(token).toMatch(/^udata_/);
    await checkA11y();
    await shown.getByRole("button", { name: "Fermer" }).click();
    expect(await meStatusWith(sandbox.url, token)).toBe(200);

    await expect(tokens.getByRole("heading", { name: "Script de publication" })).toBeVisible();
    await expect(tokens).toContainText(token.slice(0, 14));
    await expect.poll(() => page.content()).not.toContain(token);
    await checkA11y();

    await tokens.getByRole("button", { name: "Révoquer le jeton « Script de publication »" }).click();
    await page
      .getByRole("dialog", { name: "Révoquer le jeton « Script de publication » ?" })
      .getByRole("button", { name: "Révoquer le jeton" })
      .click();
    await expect(tokens.getByRole("status")).toHaveText("Le jeton « Script de publication » est révoqué.");
    await expect(tokens.getByRole("heading", { name: "Script de publication" })).toHaveCount(0);
    expect(await meStatusWith(sandbox.url, token)).toBe(401);
    await leakScan.expectNoLeakOf(user.apikey, context);
  });

  test("revoking the token the session uses signs the producer out, saying why", async ({
    page,
    context,
    sandbox,
    signIn,
    leakScan,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Rémi", last_name: "Sans-Jeton" });
    await signIn(user.apikey);
    await page.goto("/dashboard/api-key");
    await expect(page.getByRole("button", { name: "Supprimer ma clé" })).toHaveCount(0);
    const tokens = page.getByRole("region", { name: "Jetons d'API" });
    await tokens.getByRole("button", { name: "Révoquer le jeton « Migrated API key »" }).click();
    const confirm = page.getByRole("dialog", { name: "Révoquer le jeton « Migrated API key » ?" });
    await expect(confirm).toContainText("Votre session sur ce site l'utilise : vous serez déconnecté.");
    await checkA11y();
    await confirm.getByRole("button", { name: "Révoquer le jeton" }).click();

    await expectSignedOutWithKeyStopped(page, context, {
      error: "SessionTokenRevoked",
      says: "Vous avez révoqué le jeton qu'utilisait votre session",
      sandboxUrl: sandbox.url,
      apiKey: user.apikey,
    });
    await leakScan.expectNoLeakOf(user.apikey, context);
  });
});

test.describe("API key on udata 15 (one key, /me/apikey/)", () => {
  test(
    "no token section; regenerating replaces the key, the session going on with it",
    { tag: "@isolated" },
    async ({ page, context, sandbox, signIn, leakScan, checkA11y }) => {
      await sandbox.imitateUdata(15);
      const user = await sandbox.createUser({ first_name: "Ancien", last_name: "Udata" });
      await signIn(user.apikey);
      await page.goto("/dashboard/api-key");
      await expect(page.getByRole("heading", { name: "Ma clé d'API" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Supprimer ma clé" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Jetons d'API" })).toHaveCount(0);
      await checkA11y();

      await page.getByRole("button", { name: "Générer une nouvelle clé" }).click();
      await page
        .getByRole("dialog", { name: "Générer une nouvelle clé d'API ?" })
        .getByRole("button", { name: "Générer une nouvelle clé" })
        .click();
      const shown = page.getByRole("dialog", { name: "Votre nouvelle clé d'API" });
      const newKey = await shown.getByRole("textbox", { name: "Nouvelle clé d'API" }).inputValue();
      expect(newKey).not.toBe(user.apikey);
      await expect(shown).toContainText("L'ancienne clé ne fonctionne plus.");
      await checkA11y();
      await shown.getByRole("button", { name: "Fermer" }).click();
      expect(await meStatusWith(sandbox.url, user.apikey)).toBe(401);
      expect(await meStatusWith(sandbox.url, newKey)).toBe(200);

      const afterwards = new LeakScan();
      afterwards.watch(page);
      await page.goto("/dashboard/profile");
      await expect(page.getByRole("textbox", { name: "Prénom" })).toHaveValue("Ancien");
      await afterwards.expectNoLeakOf(newKey, context);
      await leakScan.expectNoLeakOf(user.apikey, context);
    },
  );

  test(
    "clearing the key signs the producer out, saying why",
    { tag: "@isolated" },
    async ({ page, context, sandbox, signIn, leakScan, checkA11y }) => {
      await sandbox.imitateUdata(15);
      const user = await sandbox.createUser({ first_name: "Claire", last_name: "Sans-Clé" });
      await signIn(user.apikey);
      await page.goto("/dashboard/api-key");
      await page.getByRole("button", { name: "Supprimer ma clé" }).click();
      const confirm = page.getByRole("dialog", { name: "Supprimer votre clé d'API ?" });
      await expect(confirm).toContainText("vous serez déconnecté de ce site");
      await checkA11y();
      await confirm.getByRole("button", { name: "Supprimer ma clé" }).click();

      await expectSignedOutWithKeyStopped(page, context, {
        error: "ApiKeyCleared",
        says: "Votre clé d'API a été supprimée : elle ne fonctionne plus, et vous avez été déconnecté.",
        sandboxUrl: sandbox.url,
        apiKey: user.apikey,
      });
      await page.goto("/dashboard/api-key");
      await expect(page).toHaveURL(/\/sign-in/);
      await leakScan.expectNoLeakOf(user.apikey, context);
    },
  );
});

import { expect, test } from "../../fixtures";
import { meStatusWith, PNG } from "./support";

test.describe("profile", () => {
  test("edits the profile, with French errors next to their field and a server-rendered markdown preview", async ({
    page,
    context,
    sandbox,
    signIn,
    leakScan,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Ada", last_name: "Profil" });
    await signIn(user.apikey);
    await page.goto("/dashboard/profile");
    await expect(page.getByRole("heading", { level: 1, name: "Mon profil" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Prénom" })).toHaveValue("Ada");
    await checkA11y();

    await page.getByRole("textbox", { name: "Prénom" }).fill("Grace");
    await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Hopper");
    const website = page.getByRole("textbox", { name: "Site web (facultatif)" });
    await website.fill("grace.example.fr");
    await page
      .getByRole("textbox", { name: "À propos (facultatif)" })
      .fill("Pionnière du **COBOL**.\n\n- compilateurs");
    await page.getByRole("button", { name: "Enregistrer le profil" }).click();
    await expect(website).toBeFocused();
    await expect(website).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Indiquez une adresse web complète, commençant par https://")).toBeVisible();
    await checkA11y();

    await page.getByRole("button", { name: "Prévisualiser" }).click();
    const preview = page.getByRole("region", { name: "Aperçu" });
    await expect(preview.locator("strong")).toHaveText("COBOL");
    await expect(preview.getByRole("listitem")).toHaveText("compilateurs");

    await website.fill("https://grace.example.fr/");
    await page.getByRole("button", { name: "Enregistrer le profil" }).click();
    await expect(page.getByText("Profil enregistré.")).toBeVisible();
    // The session shows the new name at once, in the dashboard and in the header.
    await expect(page.getByText("Connecté en tant que Grace Hopper")).toBeVisible();

    await page.reload();
    await expect(page.getByRole("banner").getByText("Grace Hopper")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Prénom" })).toHaveValue("Grace");
    await expect(page.getByRole("textbox", { name: "Nom", exact: true })).toHaveValue("Hopper");
    await expect(website).toHaveValue("https://grace.example.fr/");
    const me = (await (await fetch(`${sandbox.url}/api/1/me/`, { headers: { "X-API-KEY": user.apikey } })).json()) as {
      first_name: string;
      about: string;
    };
    expect(me).toMatchObject({ first_name: "Grace", about: "Pionnière du **COBOL**.\n\n- compilateurs" });
    await leakScan.expectNoLeakOf(user.apikey, context);
  });

  test("a field the server refuses all the same is marked in French; its answer names the field, not the rule", async ({
    page,
    sandbox,
    signIn,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Léon", last_name: "Serveur" });
    await signIn(user.apikey);
    await page.goto("/dashboard/profile");
    // As from an older page or a script: the browser's checks passed, the server's refuse the name (a link).
    await page.route(/\/api\/trpc\/account\.profile\.update/, async (route) => {
      const batch = route.request().postDataJSON() as Record<string, { json: Record<string, unknown> }>;
      for (const call of Object.values(batch)) call.json.last_name = "Voir https://spam.example";
      await route.continue({ postData: JSON.stringify(batch) });
    });
    const answer = page.waitForResponse(/\/api\/trpc\/account\.profile\.update/);
    await page.getByRole("button", { name: "Enregistrer le profil" }).click();

    const text = await (await answer).text();
    expect(text).toContain('"invalidFields":["last_name"]');
    expect(text).not.toMatch(/https\?|Les liens|255|too_big|Invalid|zodError|expected/);
    const lastName = page.getByRole("textbox", { name: "Nom", exact: true });
    await expect(lastName).toBeFocused();
    await expect(lastName).toHaveAttribute("aria-invalid", "true");
    await expect(lastName).toHaveAccessibleDescription("Cette valeur n’a pas été acceptée : vérifiez-la.");
    await expect(page.getByRole("textbox", { name: "Prénom" })).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Corrigez les champs signalés.")).toBeVisible();
    await checkA11y();
  });

  test("uploads an avatar after checking it in the browser", async ({
    page,
    context,
    sandbox,
    signIn,
    leakScan,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Avril", last_name: "Avatar" });
    await signIn(user.apikey);
    await page.goto("/dashboard/profile");
    const file = page.getByLabel("Choisir une nouvelle photo");

    await file.setInputFiles({ name: "anim.gif", mimeType: "image/gif", buffer: Buffer.from("GIF89a") });
    await expect(page.getByText("Ce fichier n'est pas une image JPEG, PNG ou WebP.")).toBeVisible();
    await expect(file).toHaveAttribute("aria-invalid", "true");
    const tooBig = Buffer.concat([PNG, Buffer.alloc(4 * 1024 * 1024)]);
    await file.setInputFiles({ name: "grande.png", mimeType: "image/png", buffer: tooBig });
    await expect(page.getByText("Cette image pèse 4,1 Mo : choisissez une image de 4 Mo au plus.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Enregistrer cette image" })).toHaveCount(0);

    await file.setInputFiles({ name: "moi.png", mimeType: "image/png", buffer: PNG });
    await expect(page.getByRole("img", { name: "Aperçu de l'image choisie" })).toHaveAttribute(
      "src",
      /^data:image\/png/,
    );
    await checkA11y();
    // A proxy in front of the site refuses the body with its own page: the uploader says why, the file stays.
    const upload = /\/api\/trpc\/account\.profile\.uploadAvatar$/;
    await page.route(upload, (route) => route.fulfill({ status: 413, contentType: "text/html", body: "<h1>413</h1>" }));
    await page.getByRole("button", { name: "Enregistrer cette image" }).click();
    await expect(page.getByText("Le fichier est trop volumineux.")).toBeVisible();
    await page.unroute(upload);
    await page.getByRole("button", { name: "Enregistrer cette image" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Image enregistrée." })).toBeVisible();
    await expect(page.getByRole("img", { name: "Votre photo de profil actuelle" })).toHaveAttribute(
      "src",
      /\/_sandbox\/uploads\/[0-9a-f]+(-500)?\.png$/,
    );
    await leakScan.expectNoLeakOf(user.apikey, context);
  });

  test("deletes the account once its identifier is typed, and says so on the sign-in page", async ({
    page,
    context,
    sandbox,
    signIn,
    leakScan,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Dora", last_name: "Départ" });
    await signIn(user.apikey);
    await page.goto("/dashboard/profile");
    const confirm = page.getByRole("textbox", { name: `saisissez l'identifiant de votre compte : ${user.slug}` });
    const remove = page.getByRole("button", { name: "Supprimer définitivement mon compte" });

    await confirm.fill("un-autre-compte");
    await remove.click();
    await expect(page.getByText(`Saisissez exactement « ${user.slug} » pour confirmer.`)).toBeVisible();
    await expect(confirm).toBeFocused();
    await checkA11y();
    expect(await meStatusWith(sandbox.url, user.apikey)).toBe(200);

    await confirm.fill(user.slug);
    await remove.click();
    await expect(page).toHaveURL(/\/sign-in\?error=AccountDeleted$/);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Votre compte data.gouv.fr a été supprimé. Vous avez été déconnecté.",
    );
    expect(await meStatusWith(sandbox.url, user.apikey)).toBe(401);
    await page.goto("/dashboard/profile");
    await expect(page).toHaveURL(/\/sign-in/);
    await leakScan.expectNoLeakOf(user.apikey, context);
  });
});

import type { APIRequestContext, Locator, Page } from "@playwright/test";

import { expect, test } from "../fixtures";
import { expectHydrated } from "../support/before-hydration";
import type { SandboxClient } from "../support/sandbox";
import { sandboxApi, seedReuse, uniqueTitle, type SeededReuse } from "./reuse-seed";

/** Tabs through the page until `target` has the focus, as a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let step = 0; step < max; step++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

async function newReuse(
  sandbox: SandboxClient,
  prefix: string,
  description = "Une réutilisation à suivre.",
): Promise<SeededReuse> {
  const owner = await sandbox.createUser({ first_name: "Autrice", last_name: "Suivie" });
  return seedReuse(sandbox, owner, { title: uniqueTitle(prefix), description });
}

/** A description long enough to keep the end of the page (which hydrates when it nears the viewport) far below. */
const LONG_DESCRIPTION = Array.from({ length: 30 }, (_, index) => `Paragraphe ${index + 1} de la description.`).join(
  "\n\n",
);

/** The reports the sandbox holds on a reuse, as a site admin lists them. */
async function reportsOn(sandbox: SandboxClient, reuseId: string) {
  const page = await sandboxApi<{ data: { subject: { id: string }; reason: string; message: string | null }[] }>(
    sandbox,
    "GET",
    "/reports/?page_size=100",
    "sandbox-key-admin",
  );
  return page.data.filter((report) => report.subject.id === reuseId);
}

/** A report posted as the no-JavaScript form does, from this test's address (the limit counts it). */
async function postReport(request: APIRequestContext, slug: string, from: { baseURL?: string; clientAddress: string }) {
  return request.post(`/reuses/${slug}/signaler/envoyer`, {
    form: { motif: "spam", message: "", demande: crypto.randomUUID().replaceAll("-", "") },
    headers: { origin: from.baseURL ?? "", "x-forwarded-for": from.clientAddress },
    maxRedirects: 0,
  });
}

const followButton = (page: Page) => page.getByRole("main").getByRole("button", { name: "Suivre" });
const reportLink = (page: Page) => page.getByRole("main").getByRole("link", { name: "Signaler" });

test.describe("following a reuse", () => {
  test("signed in, by keyboard: Space follows, the count says it, a reload knows it, Enter unfollows", async ({
    page,
    sandbox,
    signIn,
    checkA11y,
  }) => {
    const reuse = await newReuse(sandbox, "Suivre au clavier");
    const reader = await sandbox.createUser({ first_name: "Lou", last_name: "Clavier" });
    await signIn(reader.apikey);
    await page.goto(`/reuses/${reuse.slug}`);
    const button = followButton(page);
    await expect(page.getByRole("main").getByText("aucun abonné", { exact: true })).toBeVisible();
    await expect(button).toHaveAttribute("aria-pressed", "false");
    await checkA11y();

    await tabTo(page, button);
    await page.keyboard.press("Space");
    await expect(button).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("main").getByText("1 abonné", { exact: true })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Vous suivez cette réutilisation." })).toBeVisible();

    await page.reload();
    await expect(button).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("link", { name: "1 abonné : voir la liste" })).toBeVisible();
    await tabTo(page, button);
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-pressed", "false");
    await expect(page.getByRole("main").getByText("aucun abonné", { exact: true })).toBeVisible();
    await checkA11y();
  });

  test("signed out, Enter leads to sign-in, which comes back to the reuse", async ({ page, sandbox }) => {
    const reuse = await newReuse(sandbox, "Suivre après connexion");
    const reader = await sandbox.createUser({ first_name: "Noé", last_name: "Revenu" });
    await page.goto(`/reuses/${reuse.slug}`);
    const button = followButton(page);
    await tabTo(page, button);
    await expectHydrated(button);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=%2Freuses%2F${reuse.slug}$`));
    await page.getByLabel("Clé d'API data.gouv.fr").fill(reader.apikey);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/reuses/${reuse.slug}$`));
    await expect(followButton(page)).toHaveAttribute("aria-pressed", "false");
  });

  test("a cached reuse page is the same for everyone: no follow state in its HTML, no script before use", async ({
    page,
    request,
    sandbox,
  }) => {
    const reuse = await newReuse(sandbox, "Page partagée", LONG_DESCRIPTION);
    const follower = await sandbox.createUser({ first_name: "Zoé", last_name: "Fidèle" });
    await sandboxApi(sandbox, "POST", `/reuses/${reuse.id}/followers/`, follower.apikey);

    const first = await request.get(`/reuses/${reuse.slug}`);
    const second = await request.get(`/reuses/${reuse.slug}`);
    expect(second.headers()["x-page-cache"]).toBe("hit");
    const html = await second.text();
    expect(html).toBe(await first.text());
    expect(html).not.toContain("aria-pressed");
    expect(html).toContain(`action="/reuses/${reuse.slug}/suivre"`);
    expect(html).toContain(`href="/reuses/${reuse.slug}/signaler"`);

    const scripts: string[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.url());
    });
    await page.setViewportSize({ width: 390, height: 600 });
    await page.goto(`/reuses/${reuse.slug}`);
    await page.waitForLoadState("networkidle");
    expect(scripts).toEqual([]);
    await expect(followButton(page)).toBeVisible();
    await expect(reportLink(page)).toBeVisible();
  });
});

test.describe("reporting a reuse", () => {
  test("by keyboard: the dialog opens, Escape closes it back on the link, a report is sent once and says what next", async ({
    page,
    sandbox,
    checkA11y,
  }) => {
    const reuse = await newReuse(sandbox, "Signaler au clavier");
    await page.goto(`/reuses/${reuse.slug}`);
    const link = reportLink(page);
    await tabTo(page, link);
    await expectHydrated(link);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Signaler cette réutilisation" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("radio", { name: "Contenu inapproprié" })).toBeFocused();
    await expect(dialog.getByRole("radio")).toHaveCount(6);
    await checkA11y();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(link).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(dialog.getByRole("radio", { name: "Contenu inapproprié" })).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(dialog.getByRole("radio", { name: "Contenu illégal" })).toBeChecked();
    await page.keyboard.press("Tab");
    await expect(dialog.getByLabel("Votre message (facultatif)")).toBeFocused();
    await page.keyboard.type("Cette carte publie des adresses personnelles.");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("button", { name: "Envoyer le signalement" })).toBeFocused();
    await page.keyboard.press("Enter");

    const sent = page.getByRole("dialog", { name: "Merci pour votre signalement" });
    await expect(sent.getByRole("status")).toContainText(
      "Votre signalement a été transmis à l’équipe de data.gouv.fr, qui l’examinera",
    );
    await expect(sent.getByRole("button", { name: "Fermer" })).toBeFocused();
    await checkA11y();
    await page.keyboard.press("Enter");
    await expect(sent).toBeHidden();
    await expect(link).toBeFocused();

    const reports = await reportsOn(sandbox, reuse.id);
    expect(reports.map(({ reason, message }) => [reason, message])).toEqual([
      ["illegal_content", "Cette carte publie des adresses personnelles."],
    ]);
  });

  test("past 5 reports in 10 minutes from an address, the dialog says so and keeps the message", async ({
    page,
    sandbox,
    baseURL,
    clientAddress,
  }) => {
    const reuse = await newReuse(sandbox, "Signaler trop souvent");
    for (let i = 0; i < 5; i++) {
      expect((await postReport(page.request, reuse.slug, { baseURL, clientAddress })).headers().location).toBe(
        `/reuses/${reuse.slug}/signaler?envoye=1`,
      );
    }
    await page.goto(`/reuses/${reuse.slug}`);
    const link = reportLink(page);
    await tabTo(page, link);
    await expectHydrated(link);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Signaler cette réutilisation" });
    await dialog.getByRole("radio", { name: "Spam" }).check();
    await dialog.getByLabel("Votre message (facultatif)").fill("Encore de la publicité.");
    await dialog.getByRole("button", { name: "Envoyer le signalement" }).click();
    await expect(dialog.getByRole("alert")).toHaveText(/Vous avez envoyé trop de signalements depuis cette adresse/);
    await expect(dialog.getByLabel("Votre message (facultatif)")).toHaveValue("Encore de la publicité.");
    expect(await reportsOn(sandbox, reuse.id)).toHaveLength(5);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Suivre posts a form: signed out it leads to sign-in; signed in it follows and the count says it", async ({
    page,
    sandbox,
    signIn,
  }) => {
    const reuse = await newReuse(sandbox, "Suivre sans script");
    await page.goto(`/reuses/${reuse.slug}`);
    await followButton(page).click();
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=%2Freuses%2F${reuse.slug}$`));

    const reader = await sandbox.createUser({ first_name: "Léa", last_name: "Formulaire" });
    await signIn(reader.apikey);
    await page.goto(`/reuses/${reuse.slug}`);
    await followButton(page).click();
    await expect(page).toHaveURL(new RegExp(`/reuses/${reuse.slug}#suivre$`));
    await expect(page.getByRole("link", { name: "1 abonné : voir la liste" })).toBeVisible();
  });

  test("Signaler leads to a page with the same form; past the limit (429) it keeps the reason and the message", async ({
    page,
    sandbox,
    baseURL,
    clientAddress,
  }) => {
    const reuse = await newReuse(sandbox, "Signaler sans script");
    await page.goto(`/reuses/${reuse.slug}`);
    await reportLink(page).click();
    await expect(page).toHaveURL(new RegExp(`/reuses/${reuse.slug}/signaler$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Signaler « ${reuse.title} »`);

    for (let i = 0; i < 5; i++) await postReport(page.request, reuse.slug, { baseURL, clientAddress });
    await page.getByRole("radio", { name: "Données personnelles" }).check();
    await page.getByLabel("Votre message (facultatif)").fill("Mon adresse y figure.");
    const limited = page.waitForResponse((response) => response.url().includes("erreur=limite"));
    await page.getByRole("button", { name: "Envoyer le signalement" }).click();
    expect((await limited).status()).toBe(429);
    await expect(page.getByRole("alert")).toHaveText(/trop de signalements/);
    await expect(page.getByLabel("Votre message (facultatif)")).toHaveValue("Mon adresse y figure.");
    await expect(page.getByRole("radio", { name: "Données personnelles" })).toBeChecked();
    expect(await reportsOn(sandbox, reuse.id)).toHaveLength(5);
  });

  test("the report page sends a report and says what happens next", async ({ page, sandbox }) => {
    const reuse = await newReuse(sandbox, "Signalement transmis");
    await page.goto(`/reuses/${reuse.slug}/signaler`);
    await page.getByRole("radio", { name: "Autres" }).check();
    await page.getByLabel("Votre message (facultatif)").fill("Lien mort.");
    await page.getByRole("button", { name: "Envoyer le signalement" }).click();
    await expect(page).toHaveURL(new RegExp(`/reuses/${reuse.slug}/signaler\\?envoye=1$`));
    await expect(page.getByRole("status")).toContainText("Votre signalement a été transmis à l’équipe de data.gouv.fr");
    await expect(page.getByRole("link", { name: "Retour à la réutilisation" })).toHaveAttribute(
      "href",
      `/reuses/${reuse.slug}`,
    );
    expect((await reportsOn(sandbox, reuse.id)).map(({ message }) => message)).toEqual(["Lien mort."]);
  });
});

test("the report page passes axe", async ({ page, sandbox, checkA11y }) => {
  const reuse = await newReuse(sandbox, "Page de signalement");
  await page.goto(`/reuses/${reuse.slug}/signaler`);
  await expect(page.getByRole("radio")).toHaveCount(6);
  await checkA11y();
});

import type { Locator, Page } from "@playwright/test";

import { expect, test } from "../fixtures";
import type { SandboxClient, SandboxUser } from "../support/sandbox";
import { sandboxApi, seedReuse } from "./reuse-seed";

/** A discussion on the reuse, started by `author` through the sandbox's API. */
async function startDiscussion(
  sandbox: SandboxClient,
  author: SandboxUser,
  reuseId: string,
  title: string,
  comment: string,
) {
  return sandboxApi<{ id: string }>(sandbox, "POST", "/discussions/", author.apikey, {
    title,
    comment,
    subject: { class: "Reuse", id: reuseId },
  });
}

/** Presses Tab until `target` has the focus, as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator, most = 120) {
  for (let presses = 0; presses < most; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("the target was never focused");
}

const LONG_WORD = "x".repeat(10_000);
const HOSTILE_COMMENT = [
  "Bonjour <script>window.__pwned = 'script'; alert('script')</script> **gras**",
  "",
  '<img src="x" onerror="window.__pwned = \'img\'"> <a href="javascript:alert(1)">lien brut</a>',
  "",
  "[lien js](javascript:window.__pwned='link') [lien sain](https://example.org/sain)",
  "",
  LONG_WORD,
].join("\n");

test("hostile content in discussions renders inert: no script runs, no javascript: link, long text wraps", async ({
  page,
  sandbox,
  checkA11y,
}) => {
  test.setTimeout(60_000);
  const owner = await sandbox.createUser({ first_name: "Pro", last_name: "Ducteur" });
  const mallory = await sandbox.createUser({ first_name: "<b>Mallory</b>", last_name: "<script>alert(1)</script>" });
  const reuse = await seedReuse(sandbox, owner, {
    title: `Discussions hostiles ${Date.now()}`,
    description: "Une réutilisation.",
  });
  await startDiscussion(sandbox, mallory, reuse.id, "<img src=x onerror=alert('titre')> Titre", HOSTILE_COMMENT);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  for (const path of [`/reuses/${reuse.slug}`, `/reuses/${reuse.slug}/discussions`]) {
    await page.goto(path);
    const thread = page.getByRole("article").filter({ hasText: "Titre" });
    await expect(thread.getByRole("heading", { name: "<img src=x onerror=alert('titre')> Titre" })).toBeVisible();
    await expect(thread.getByText("<b>Mallory</b> <script>alert(1)</script>", { exact: false })).toBeVisible();
    await expect(thread.locator("strong", { hasText: "gras" })).toBeVisible();
    await expect(thread.locator("script, img, iframe, [onerror], [onclick]")).toHaveCount(0);
    // Scripts go with their text; a refused link is left as its text.
    await expect(thread).not.toContainText("window.__pwned = 'script'");
    const hrefs = await thread.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs).toEqual(["https://example.org/sain"]);
    await expect(thread.getByRole("link", { name: "lien sain" })).toHaveAttribute("rel", /nofollow/);
    // The 10,000-character word wraps inside the thread: nothing scrolls sideways.
    expect(await thread.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.mouse.move(10, 10); // hydrates the page: its islands run, and still nothing runs from the content
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    await checkA11y();
  }
  expect(dialogs).toEqual([]);
});

test("the reuse page shows its latest discussions and links to all of them", async ({ page, sandbox, checkA11y }) => {
  const owner = await sandbox.createUser({ first_name: "Pro", last_name: "Ducteur" });
  const reuse = await seedReuse(sandbox, owner, {
    title: `Avec discussions ${Date.now()}`,
    description: "Une réutilisation.",
  });
  for (const n of [1, 2, 3, 4]) await startDiscussion(sandbox, owner, reuse.id, `Sujet ${n}`, `Message ${n}`);
  await page.goto(`/reuses/${reuse.slug}`);
  const section = page.getByRole("region", { name: "Discussions" });
  await expect(section.getByRole("article")).toHaveCount(3);
  await expect(section.getByRole("heading", { level: 3 }).first()).toHaveText("Sujet 4");
  await section.getByRole("link", { name: "Voir toutes les discussions (4)" }).click();
  await expect(page).toHaveURL(new RegExp(`/reuses/${reuse.slug}/discussions$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Discussions sur « ${reuse.title} »`);
  await expect(page.getByRole("article")).toHaveCount(4);
  // A client-side navigation briefly holds the old page's canonical link beside the new one: wait for it to go.
  const canonical = page.locator('link[rel="canonical"]');
  await expect(canonical).toHaveCount(1);
  await expect(canonical).toHaveAttribute("href", new RegExp(`/reuses/${reuse.slug}/discussions$`));
  await checkA11y();
});

test("a listing card shows its reuse's discussions count", async ({ page, sandbox }) => {
  const owner = await sandbox.createUser({ first_name: "Pro", last_name: "Ducteur" });
  const title = `Compte de discussions ${Date.now()}`;
  const reuse = await seedReuse(sandbox, owner, { title, description: "Une réutilisation." });
  for (const n of [1, 2]) await startDiscussion(sandbox, owner, reuse.id, `Sujet ${n}`, `Message ${n}`);
  await page.goto(`/reuses?q=${encodeURIComponent(title)}`);
  const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: title }) });
  await expect(card).toContainText("· 2 discussions");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a signed-out visitor's post leads to sign-in and comes back with the text, then posts", async ({
    page,
    sandbox,
    signIn,
  }) => {
    const owner = await sandbox.createUser({ first_name: "Pro", last_name: "Ducteur" });
    const visitor = await sandbox.createUser({ first_name: "Sans", last_name: "Script" });
    const reuse = await seedReuse(sandbox, owner, {
      title: `Sans JavaScript ${Date.now()}`,
      description: "Une réutilisation.",
    });
    await startDiscussion(sandbox, owner, reuse.id, "Bienvenue", "Posez vos questions ici.");
    await page.goto(`/reuses/${reuse.slug}/discussions`);
    await expect(page.getByRole("article").getByText("Posez vos questions ici.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Connectez-vous pour participer" })).toHaveAttribute(
      "href",
      `/sign-in?callbackUrl=${encodeURIComponent(`/reuses/${reuse.slug}/discussions`)}`,
    );
    const start = page.getByRole("region", { name: "Nouvelle discussion" });
    await start.getByLabel("Titre").fill("Question sans script");
    await start.getByLabel("Message").fill("Mon texte, qui ne doit pas se perdre.");
    await start.getByRole("button", { name: "Publier la discussion" }).click();
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    const back = new URL(page.url()).searchParams.get("callbackUrl") ?? "";
    expect(back).toMatch(/brouillon=[0-9a-f]{32}/);

    await signIn(visitor.apikey);
    await page.goto(back);
    await expect(start.getByLabel("Titre")).toHaveValue("Question sans script");
    await expect(start.getByLabel("Message")).toHaveValue("Mon texte, qui ne doit pas se perdre.");
    await start.getByRole("button", { name: "Publier la discussion" }).click();
    await expect(page.getByRole("status")).toHaveText("Votre message est publié.");
    await expect(page.getByRole("article").filter({ hasText: "Question sans script" })).toContainText(
      "Mon texte, qui ne doit pas se perdre.",
    );
  });
});

test("keyboard only: a visitor starts a discussion, the producer answers and closes it", async ({
  page,
  sandbox,
  signIn,
  checkA11y,
}) => {
  test.setTimeout(60_000);
  const owner = await sandbox.createUser({ first_name: "Pro", last_name: "Ducteur" });
  const visitor = await sandbox.createUser({ first_name: "Clé", last_name: "Board" });
  const reuse = await seedReuse(sandbox, owner, {
    title: `Au clavier ${Date.now()}`,
    description: "Une réutilisation.",
  });

  await signIn(visitor.apikey);
  await page.goto(`/reuses/${reuse.slug}/discussions`);
  const start = page.getByRole("region", { name: "Nouvelle discussion" });
  await tabTo(page, start.getByLabel("Titre"));
  await page.keyboard.type("Question au clavier");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Bonjour **à tous**");
  await page.keyboard.press("Tab");
  await expect(start.getByRole("button", { name: "Publier la discussion" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/statut=publie/);
  const thread = page.getByRole("article").filter({ hasText: "Question au clavier" });
  await expect(thread.locator("strong", { hasText: "à tous" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Connectez-vous pour participer" })).toHaveCount(0);
  // Only the reuse's producers are offered to close it.
  await expect(thread.getByLabel("Clore la discussion avec cette réponse")).toHaveCount(0);
  await checkA11y();

  await signIn(owner.apikey);
  await page.goto(`/reuses/${reuse.slug}/discussions`);
  await tabTo(page, thread.getByLabel("Votre réponse"));
  await page.keyboard.type("Merci, c'est corrigé.");
  const close = thread.getByLabel("Clore la discussion avec cette réponse");
  await expect(close).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(close).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(thread).toContainText("Merci, c'est corrigé.");
  await expect(thread.getByText("Close", { exact: true })).toBeVisible();
  await expect(thread.getByRole("button", { name: "Répondre" })).toHaveCount(0);
});

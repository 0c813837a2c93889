import type { Page } from "@playwright/test";

import { expect, test } from "../fixtures";
import { seedReuse, uniqueTitle } from "./reuse-seed";

const CEREMA = "5c812a16634f416583ed1876";
const DESCRIPTION = "Une réutilisation d’une organisation, pour les liens « Gérer » des pages publiques.";

/** The scripts the page downloads, and its reads of the session, from now on. */
function watch(page: Page) {
  const scripts: string[] = [];
  const sessionReads: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/auth/session") sessionReads.push(request.method());
  });
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.url());
  });
  return { scripts, sessionReads };
}

test.describe("'Gérer' on public pages", () => {
  test("a member of the reuse's organization sees it on its page and on its card; the session is read once", async ({
    page,
    sandbox,
    signIn,
    checkA11y,
  }) => {
    const member = await sandbox.createUser({ first_name: "Gaëlle", last_name: "Gère", organizations: [CEREMA] });
    const title = uniqueTitle("Carte gérée");
    const reuse = await seedReuse(sandbox, member, { title, description: DESCRIPTION, organization: CEREMA });
    await signIn(member.apikey);
    const { sessionReads } = watch(page);

    await page.goto(`/reuses/${reuse.slug}`);
    const manage = page.getByRole("main").getByRole("link", { name: "Gérer", exact: true });
    await expect(manage).toHaveAttribute("href", `/dashboard/reuses/${reuse.id}`);
    await checkA11y();

    await page.goto(`/reuses?q=${encodeURIComponent(title)}`);
    const card = page.getByRole("main").getByRole("article").filter({ hasText: title });
    await expect(card.getByRole("link", { name: `Gérer ${title}` })).toHaveAttribute(
      "href",
      `/dashboard/reuses/${reuse.id}`,
    );
    await page.waitForLoadState("networkidle");
    // One read of the session per page, shared by the header and every card.
    expect(sessionReads).toEqual(["GET", "GET"]);
    await checkA11y();

    await card.getByRole("link", { name: `Gérer ${title}` }).click();
    await expect(page).toHaveURL(new RegExp(`/dashboard/reuses/${reuse.id}$`));
  });

  test("another signed-in visitor sees none", async ({ page, sandbox, signIn }) => {
    const member = await sandbox.createUser({ first_name: "Paul", last_name: "Producteur", organizations: [CEREMA] });
    const reuse = await seedReuse(sandbox, member, {
      title: uniqueTitle("Carte d’autrui"),
      description: DESCRIPTION,
      organization: CEREMA,
    });
    const stranger = await sandbox.createUser({ first_name: "Sophie", last_name: "Passante" });
    await signIn(stranger.apikey);
    await page.goto(`/reuses/${reuse.slug}`);
    await expect(page.getByText("Sophie Passante")).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("link", { name: /^Gérer/ })).toHaveCount(0);
  });

  test("an anonymous visitor sees none, downloads no script before using the page, and never reads the session before", async ({
    page,
    sandbox,
  }) => {
    const member = await sandbox.createUser({ first_name: "Anne", last_name: "Membre", organizations: [CEREMA] });
    const title = uniqueTitle("Carte anonyme");
    const reuse = await seedReuse(sandbox, member, { title, description: DESCRIPTION, organization: CEREMA });
    const { scripts, sessionReads } = watch(page);
    for (const path of [`/reuses/${reuse.slug}`, `/reuses?q=${encodeURIComponent(title)}`]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await expect(page.getByRole("link", { name: /^Gérer/ })).toHaveCount(0);
    }
    expect(scripts).toEqual([]);
    expect(sessionReads).toEqual([]);
    // Used, the page hydrates: still no "Gérer" for a visitor who is not signed in.
    await page.getByRole("main").getByRole("article").first().hover();
    await expect.poll(() => scripts.length).toBeGreaterThan(0);
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("link", { name: /^Gérer/ })).toHaveCount(0);
  });
});

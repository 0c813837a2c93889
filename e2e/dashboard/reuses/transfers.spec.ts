import { sandboxApi, seedReuse } from "../../public/reuse-seed";
import { expect, test } from "../../fixtures";
import { uniqueWord } from "./steps";

// Transfers of reuses (issue 19): asked for from the edit screen, answered from the overview of the recipient.
// Organizations of the catalogue that no other spec uses: the users made here become their admins.
const EXPELYS = { id: "64d60bc378ff15ff3daa5f5c", name: "Expelys" };
const GDS = { id: "64d37d59fe3c86d32475c631", name: "Réseau GDS" };
const CEREMA = "5c812a16634f416583ed1876";
const ECOV = { id: "64d0e53f5f398f0651e18e19", name: "Ecov" };
const DESCRIPTION = "Une carte des données publiques, pour les tests des transferts de réutilisations.";

test.describe("transferring a reuse", () => {
  test("to my organization from the edit screen: a banner says it; another admin accepts it from the overview; the public page shows the organization", async ({
    page,
    sandbox,
    signIn,
    checkA11y,
  }) => {
    const owner = await sandbox.createUser({ first_name: "Odile", last_name: "Cédante", organizations: [EXPELYS.id] });
    const admin = await sandbox.createUser({ first_name: "Armand", last_name: "Preneur", organizations: [EXPELYS.id] });
    const reuse = await seedReuse(sandbox, owner, { title: `Carte ${uniqueWord("cedee")}`, description: DESCRIPTION });
    // Seen (and cached) before the transfer.
    await page.goto(`/reuses/${reuse.slug}`);
    await expect(page.getByText("Publiée par Odile Cédante")).toBeVisible();

    await signIn(owner.apikey);
    await page.goto(`/dashboard/reuses/${reuse.id}`);
    const section = page.getByRole("region", { name: "Transférer" });
    await expect(section).toBeVisible();
    await expect(page.getByText("demandez un transfert sur data.gouv.fr")).toHaveCount(0);
    // By keyboard: the recipient, the comment, then the button.
    await section.getByRole("radio", { name: `${EXPELYS.name} (organisation)` }).focus();
    await page.keyboard.press("Space");
    await section.getByRole("textbox", { name: "Commentaire (facultatif)" }).fill("Expelys la maintient désormais.");
    await section.getByRole("button", { name: "Demander le transfert" }).focus();
    await page.keyboard.press("Enter");
    await expect(
      section.getByRole("status").filter({ hasText: "Transfert demandé. Le destinataire doit maintenant l’accepter." }),
    ).toBeVisible();
    const banner = page.getByTestId("pending-transfer");
    await expect(banner).toContainText(`Transfert en attente vers ${EXPELYS.name}`);
    await expect(banner).toContainText("Commentaire : « Expelys la maintient désormais. »");
    await checkA11y();

    await page.goto("/dashboard");
    await expect(page.getByText(`Transfert en attente vers ${EXPELYS.name}`)).toBeVisible();
    await expect(page.getByRole("region", { name: "Transferts demandés" })).toContainText(reuse.title);
    await checkA11y();

    await page.context().clearCookies();
    await signIn(admin.apikey);
    await page.goto("/dashboard");
    const incoming = page.getByRole("region", { name: "Transferts en attente" });
    await expect(incoming).toContainText(`${reuse.title} : proposée par Odile Cédante à ${EXPELYS.name}`);
    await checkA11y();
    await incoming.getByRole("textbox", { name: `Réponse pour « ${reuse.title} » (facultatif)` }).fill("Bienvenue");
    await incoming.getByRole("button", { name: "Accepter le transfert" }).focus();
    await page.keyboard.press("Enter");
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: `Transfert accepté : « ${reuse.title} » appartient désormais à ${EXPELYS.name}.` }),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: "Transferts en attente" })).toHaveCount(0);
    // Now the organization's: in the admin's overview, and on the public page at once.
    await expect(page.getByRole("link", { name: reuse.title, exact: true })).toBeVisible();
    await page.goto(`/reuses/${reuse.slug}`);
    await expect(page.getByText(`Publiée par ${EXPELYS.name}`)).toBeVisible();
  });

  test("refused from the overview: the reuse stays its owner's, and its edit screen has no banner any more", async ({
    page,
    sandbox,
    signIn,
  }) => {
    const owner = await sandbox.createUser({ first_name: "Rémi", last_name: "Demandeur" });
    const admin = await sandbox.createUser({ first_name: "Rose", last_name: "Refus", organizations: [GDS.id] });
    const reuse = await seedReuse(sandbox, owner, { title: `Carte ${uniqueWord("gardee")}`, description: DESCRIPTION });
    await sandboxApi(sandbox, "POST", "/transfer/", owner.apikey, {
      subject: { class: "Reuse", id: reuse.id },
      recipient: { class: "Organization", id: GDS.id },
      comment: "Pour le Réseau GDS",
    });

    await signIn(admin.apikey);
    await page.goto("/dashboard");
    const incoming = page.getByRole("region", { name: "Transferts en attente" });
    await expect(incoming).toContainText("Commentaire : « Pour le Réseau GDS »");
    await incoming.getByRole("button", { name: "Refuser le transfert" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: `Transfert refusé : « ${reuse.title} » reste à Rémi Demandeur.` }),
    ).toBeVisible();

    await page.context().clearCookies();
    await signIn(owner.apikey);
    await page.goto(`/dashboard/reuses/${reuse.id}`);
    await expect(page.getByRole("heading", { level: 1, name: reuse.title })).toBeVisible();
    await expect(page.getByTestId("pending-transfer")).toHaveCount(0);
    await page.goto(`/reuses/${reuse.slug}`);
    await expect(page.getByText("Publiée par Rémi Demandeur")).toBeVisible();
  });

  test("an organization's reuse, to a person found by name, by keyboard", async ({
    page,
    sandbox,
    signIn,
    checkA11y,
  }) => {
    const admin = await sandbox.createUser({ first_name: "Agnès", last_name: "Admin", organizations: [ECOV.id] });
    const name = uniqueWord("Zoe");
    await sandbox.createUser({ first_name: "Personne", last_name: name });
    const reuse = await seedReuse(sandbox, admin, {
      title: `Carte ${uniqueWord("ecov")}`,
      description: DESCRIPTION,
      organization: ECOV.id,
    });
    await signIn(admin.apikey);
    await page.goto(`/dashboard/reuses/${reuse.id}`);
    const section = page.getByRole("region", { name: "Transférer" });
    const search = section.getByRole("searchbox", { name: "Ou une autre personne : cherchez-la par son nom" });
    await search.fill(`Personne ${name}`);
    await search.press("Enter");
    await expect(section.getByText("1 personne trouvée, ajoutée aux destinataires.")).toBeVisible();
    await checkA11y();
    await section.getByRole("radio", { name: `Personne ${name} (personne)` }).focus();
    await page.keyboard.press("Space");
    await section.getByRole("button", { name: "Demander le transfert" }).press("Enter");
    await expect(page.getByTestId("pending-transfer")).toContainText(`Transfert en attente vers Personne ${name}`);
  });

  test("an editor of the organization is told that only its admins may transfer its reuse", async ({
    page,
    sandbox,
    signIn,
  }) => {
    const { data } = await sandboxApi<{ data: { id: string; organization: { name: string } }[] }>(
      sandbox,
      "GET",
      `/reuses/?organization=${CEREMA}&page_size=1`,
    );
    const [reuse] = data;
    if (!reuse) throw new Error("no reuse of Cerema in the sandbox");
    await signIn("sandbox-key-member");
    await page.goto(`/dashboard/reuses/${reuse.id}`);
    const section = page.getByRole("region", { name: "Transférer" });
    await section.getByRole("radio", { name: /^Moi-même/ }).check();
    await section.getByRole("button", { name: "Demander le transfert" }).click();
    await expect(
      section.getByRole("alert").filter({
        hasText: `Seul un administrateur de l’organisation ${reuse.organization.name} peut transférer cette réutilisation.`,
      }),
    ).toBeVisible();
  });
});

import { sandboxApi } from "../../public/reuse-seed";
import { expect, test } from "../../fixtures";

// Invitations to join an organization (issue 19): shown on the overview, accepted there; the organization is then
// one the producer may publish for.
const ECARMOBILITY = { id: "64d23be1d0cb8d99c1bedce0", name: "eCARMOBILITY" };

test("accepting an invitation from the overview makes the organization one I may publish for", async ({
  page,
  sandbox,
  signIn,
  checkA11y,
}) => {
  const admin = await sandbox.createUser({
    first_name: "Inès",
    last_name: "Invitante",
    organizations: [ECARMOBILITY.id],
  });
  const invited = await sandbox.createUser({ first_name: "Ivan", last_name: "Invité" });
  await sandboxApi(sandbox, "POST", `/organizations/${ECARMOBILITY.id}/member/`, admin.apikey, {
    user: invited.id,
    role: "editor",
    comment: "Rejoignez l’équipe",
  });

  await signIn(invited.apikey);
  await page.goto("/dashboard");
  const invitations = page.getByRole("region", { name: "Invitations à rejoindre une organisation" });
  await expect(invitations).toContainText(`${ECARMOBILITY.name} vous invite à la rejoindre comme éditeur`);
  await expect(invitations).toContainText("Message : « Rejoignez l’équipe »");
  await checkA11y();
  await invitations.getByRole("button", { name: `Accepter l’invitation de ${ECARMOBILITY.name}` }).focus();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("status").filter({ hasText: `Vous êtes désormais membre de ${ECARMOBILITY.name}.` }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Invitations à rejoindre une organisation" })).toHaveCount(0);
  await checkA11y();

  await page.goto("/dashboard/reuses/new");
  await expect(
    page.getByRole("combobox", { name: "Producteur" }).getByRole("option", { name: ECARMOBILITY.name }),
  ).toHaveCount(1);
});

test("refusing an invitation takes it off the overview", async ({ page, sandbox, signIn }) => {
  const admin = await sandbox.createUser({ first_name: "Hugo", last_name: "Hôte", organizations: [ECARMOBILITY.id] });
  const invited = await sandbox.createUser({ first_name: "Nina", last_name: "Non" });
  await sandboxApi(sandbox, "POST", `/organizations/${ECARMOBILITY.id}/member/`, admin.apikey, { user: invited.id });
  await signIn(invited.apikey);
  await page.goto("/dashboard");
  await page.getByRole("button", { name: `Refuser l’invitation de ${ECARMOBILITY.name}` }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Invitation de ${ECARMOBILITY.name} refusée.` }),
  ).toBeVisible();
  await page.goto("/dashboard/reuses/new");
  await expect(page.getByRole("option", { name: ECARMOBILITY.name })).toHaveCount(0);
});

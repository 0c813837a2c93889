import { expect, test } from "../fixtures";

// When the server's store cannot keep a session (a full or read-only disk, Redis down), a sign-in is refused
// (server/auth/authorize.ts, app/api/auth/[...nextauth]/route.ts): the person is told why, on the sign-in form.
test.describe("a sign-in the server cannot record", () => {
  test("the sign-in form says the server cannot record a session now, and that public pages still work", async ({
    page,
    checkA11y,
  }) => {
    await page.goto("/api/auth/error?error=StoreUnavailable");
    await expect(page).toHaveURL(/\/sign-in\?error=StoreUnavailable$/);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "La connexion est momentanément impossible : le serveur ne peut pas enregistrer de session pour l'instant. " +
        "Les pages publiques restent accessibles. Réessayez dans quelques minutes.",
    );
    await checkA11y();
  });
});

import { SIGN_IN_CALLBACK } from "../support/auth";
import { expect, test } from "../fixtures";

// Requests to next-auth's routes that no page of the site sends: each gets a clean answer (next-auth's own were
// 500s, and one wrote the request's CR LF into the server log: `npm run test:fuzz` checks the log).
test.describe("next-auth's routes, asked what no page asks", () => {
  test("opening the sign-in callback leads to the sign-in form", async ({ page, request, checkA11y }) => {
    const answer = await request.get(SIGN_IN_CALLBACK, { maxRedirects: 0 });
    expect(answer.status()).toBe(303);
    expect(answer.headers().location).toBe("/sign-in");

    await page.goto(SIGN_IN_CALLBACK);
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1, name: "Se connecter" })).toBeVisible();
    await checkA11y();
  });

  test("an error code that is not one leads to the sign-in form, which says the sign-in failed", async ({
    page,
    request,
  }) => {
    for (const path of [
      "/api/auth/error?error=%0d%0aFORGED%20line",
      `/api/auth/error?error=${encodeURIComponent('<script>alert("fz1")</script>')}`,
    ]) {
      const answer = await request.get(path, { maxRedirects: 0 });
      expect(answer.status()).toBe(302);
      expect(answer.headers().location).toBe("/sign-in?error=Default");
    }
    // In the path, a line break names no page of the site: the front server answers 404 before next-auth.
    const inPath = await request.get("/api/auth/error/%0d%0aFORGED%20line", { maxRedirects: 0 });
    expect(inPath.status()).toBe(404);
    expect(await inPath.text()).not.toContain("FORGED");

    await page.goto("/api/auth/error?error=%0d%0aFORGED%20line");
    await expect(page).toHaveURL(/\/sign-in\?error=Default$/);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("La connexion a échoué. Réessayez.");
  });

  test("a known error code still reaches the sign-in form", async ({ page }) => {
    await page.goto("/api/auth/error?error=SessionExpired");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Votre clé d'API n'est plus valide. Connectez-vous avec une clé valide.",
    );
  });

  test("a session update without its CSRF token is refused in JSON, in French", async ({ request }) => {
    const answer = await request.post("/api/auth/session", { data: { data: {} } });
    expect(answer.status()).toBe(403);
    expect(answer.headers()["content-type"]).toBe("application/json");
    expect(await answer.json()).toEqual({ message: expect.stringMatching(/^Requête refusée : le jeton CSRF/) });
  });

  test("next-auth's client logger, which would write into the server log, does not exist", async ({ request }) => {
    const answer = await request.post("/api/auth/_log", {
      data: { level: "error", code: "FORGED\r\nline", message: "FORGED\r\nline" },
    });
    expect(answer.status()).toBe(404);
  });
});

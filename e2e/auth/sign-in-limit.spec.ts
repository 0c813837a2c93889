import { csrfTokenOf, postSignIn, sessionCookie, SIGN_IN_CALLBACK } from "../support/auth";
import { expect, test } from "../fixtures";

/**
 * Paths to the sign-in callback as a client may spell them. next-auth reads its action and provider from the
 * decoded path segments and ignores further ones, so the first four sign in as the form's path does; Next.js
 * redirects the double slash and the trailing slash to it (the request follows); next-auth refuses the others.
 */
const SPELLINGS = [
  "/api/auth/callback/api%2Dkey",
  "/api/auth/%63allback/api-key",
  "/api/auth/callback/%61pi-key",
  "/api/auth/callback/api-key/x",
  "/api/auth//callback/api-key",
  "/api/auth/callback/api-key/",
  "/api/auth/CALLBACK/api-key",
  "/api/auth/callback/API-KEY",
  "/api/auth/callback%2Fapi-key",
  "/api/auth/callback/api-key;x=1",
  "/api/auth/callback/api-key?callbackUrl=%2Fdashboard",
];

test.describe("the sign-in rate limit, whatever the path's spelling", () => {
  for (const spelling of SPELLINGS) {
    test(`refuses the 6th attempt of an address spelled ${spelling}, even with a valid key`, async ({
      page,
      context,
      sandbox,
    }) => {
      const user = await sandbox.createUser({ first_name: "Sixième", last_name: "Essai" });
      for (let attempt = 0; attempt < 5; attempt++) {
        expect((await postSignIn(page.request, `wrong-${attempt}`)).status()).toBe(401);
      }
      const sixth = await postSignIn(page.request, user.apikey, spelling);
      expect(sixth.status()).toBe(429);
      expect(Number(sixth.headers()["retry-after"])).toBeGreaterThan(0);
      expect(await sessionCookie(context)).toBeUndefined();
    });
  }

  test("counts the attempts made through other spellings", async ({ page, context, sandbox }) => {
    const user = await sandbox.createUser({ first_name: "Cinq", last_name: "Graphies" });
    for (const spelling of SPELLINGS.slice(0, 5)) {
      expect((await postSignIn(page.request, "wrong-key", spelling)).status()).toBe(401);
    }
    expect((await postSignIn(page.request, user.apikey)).status()).toBe(429);
    expect(await sessionCookie(context)).toBeUndefined();
  });

  test("never blocks a session update or signing out", async ({ page, context, sandbox, signIn }) => {
    const user = await sandbox.createUser({ first_name: "Toujours", last_name: "Libre" });
    await signIn(user.apikey);
    for (let attempt = 0; attempt < 5; attempt++) await postSignIn(page.request, `wrong-${attempt}`);
    expect((await page.request.post(SIGN_IN_CALLBACK)).status()).toBe(429);

    const csrfToken = await csrfTokenOf(page.request);
    const update = await page.request.post("/api/auth/session", { data: { csrfToken, data: {} } });
    expect(update.status()).toBe(200);
    expect(await update.json()).toMatchObject({ user: { name: "Toujours Libre" } });

    const signOut = await page.request.post("/api/auth/signout", { form: { csrfToken, json: "true" } });
    expect(signOut.status()).toBe(200);
    expect(await sessionCookie(context)).toBeUndefined();
  });
});

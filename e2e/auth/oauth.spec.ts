import type { BrowserContext, Page } from "@playwright/test";

import { expect, test } from "../fixtures";
import { SANDBOX_OAUTH_CLIENT } from "../../scripts/lib/sandbox-oauth.mjs";
import { sessionCookie } from "../support/auth";
import { answerConsent, E2E_OAUTH_TOKEN_TTL_S, openConsent, signInWithDatagouv } from "../support/oauth";

// Issue 17: signing in with data.gouv.fr (OAuth2, udata/api/oauth2.py), against the sandbox's OAuth2 server and
// its demo client (playwright.config.ts gives the site its id and secret, and the sandbox short-lived tokens).

const CONSENT = "**/oauth/authorize?*";

/**
 * Holds data.gouv.fr's redirect back to the site: the URL it carries (code and state), not yet followed. (A route
 * on the site's callback would not see it: Playwright routes the first request of a redirect chain only.)
 */
async function heldReturn(page: Page, context: BrowserContext, fullName: string) {
  let held = "";
  await page.route(CONSENT, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const answer = await route.fetch({ maxRedirects: 0 });
    held = answer.headers().location ?? "";
    await route.fulfill({ status: 200, contentType: "text/plain", body: "retour retenu" });
  });
  await openConsent(page);
  await answerConsent(page, fullName, "Autoriser");
  await expect.poll(() => held).toMatch(/\/api\/auth\/callback\/datagouv\?/);
  await page.unroute(CONSENT);
  // The state and PKCE cookies next-auth set when the sign-in began, as the browser holds them now.
  const checks = (await context.cookies()).filter((cookie) => /next-auth\.(state|pkce)/.test(cookie.name));
  return { url: new URL(held), checks };
}

async function expectSignedOut(page: Page, context: BrowserContext) {
  expect(await sessionCookie(context)).toBeUndefined();
  await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();
}

test.describe("signing in with data.gouv.fr", () => {
  test("a data.gouv.fr user without reuses signs in, is welcomed, writes, outlives the access token, and signing out revokes the tokens", async ({
    page,
    context,
    sandbox,
    leakScan,
    checkA11y,
  }) => {
    test.setTimeout(90_000);
    const user = await sandbox.createUser({ first_name: "Olga", last_name: "Autorise" });
    leakScan.watch(page);

    await page.goto("/sign-in");
    await checkA11y();
    await signInWithDatagouv(page, "Olga Autorise");
    await expect(page.getByRole("heading", { name: "Bienvenue, Olga Autorise !" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Publier ma première réutilisation" })).toBeVisible();
    await expect(page.getByRole("banner").getByText("Olga Autorise")).toBeVisible();
    await checkA11y();
    const [issued] = await sandbox.oauthTokensOf(user.id);
    expect(issued?.revoked).toBe(false);

    // A write, with the access token (Authorization: Bearer).
    await page.goto("/dashboard/profile");
    await page.getByRole("textbox", { name: "À propos (facultatif)" }).fill("Connectée avec data.gouv.fr.");
    await page.getByRole("button", { name: "Enregistrer le profil" }).click();
    await expect(page.getByText("Profil enregistré.")).toBeVisible();

    // The access token expires: the site has renewed it (udata rotates both tokens in place), and goes on.
    await page.waitForTimeout((E2E_OAUTH_TOKEN_TTL_S + 1) * 1000);
    await page.goto("/dashboard/profile");
    await expect(page.getByRole("textbox", { name: "À propos (facultatif)" })).toHaveValue(
      "Connectée avec data.gouv.fr.",
    );
    const [renewed] = await sandbox.oauthTokensOf(user.id);
    expect(renewed?.access_token).not.toBe(issued?.access_token);
    expect(renewed?.refresh_token).not.toBe(issued?.refresh_token);

    // The key page says the session depends on no key.
    await page.goto("/dashboard/api-key");
    await expect(page.getByText("Vous êtes connecté avec votre compte data.gouv.fr")).toBeVisible();
    await expect(page.getByRole("button", { name: "Générer une nouvelle clé" })).toHaveCount(0);
    await checkA11y();

    await page.goto("/dashboard");
    await page.getByRole("main").getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expectSignedOut(page, context);
    const after = await sandbox.oauthTokensOf(user.id);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((token) => token.revoked)).toBe(true);

    for (const token of [issued, renewed]) {
      for (const secret of [token?.access_token, token?.refresh_token]) {
        if (secret === undefined) throw new Error("no token to scan for");
        await leakScan.expectNoLeakOf(secret, context);
      }
    }
  });

  test("a connection revoked at data.gouv.fr ends the session, and the sign-in page says so next to its button", async ({
    page,
    context,
    sandbox,
  }) => {
    const user = await sandbox.createUser({ first_name: "Victor", last_name: "Revoque" });
    await signInWithDatagouv(page, "Victor Revoque");
    const [token] = await sandbox.oauthTokensOf(user.id);
    // The user revokes the site's access at data.gouv.fr (udata's RevokeToken, as the client would).
    const basic = Buffer.from(`${SANDBOX_OAUTH_CLIENT.id}:${SANDBOX_OAUTH_CLIENT.secret}`).toString("base64");
    const revoked = await fetch(`${sandbox.url}/oauth/revoke`, {
      method: "POST",
      headers: { Authorization: `Basic ${basic}`, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: token?.access_token ?? "" }),
    });
    expect(revoked.status).toBe(200);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?error=OAuthSessionExpired$/);
    const section = page.getByRole("region", { name: "Avec votre compte data.gouv.fr" });
    await expect(section.getByRole("alert")).toHaveText(/Votre connexion avec data\.gouv\.fr a pris fin/);
    await expectSignedOut(page, context);
  });

  test("refusing at data.gouv.fr says so on the sign-in page, and signs nobody in", async ({
    page,
    context,
    sandbox,
    checkA11y,
  }) => {
    const user = await sandbox.createUser({ first_name: "Rachid", last_name: "Refuse" });
    await openConsent(page);
    await answerConsent(page, "Rachid Refuse", "Refuser");
    await expect(page).toHaveURL(/\/sign-in\?error=OAuthDenied$/);
    await expect(
      page.getByRole("alert").filter({ hasText: "Vous avez refusé l'accès à votre compte data.gouv.fr" }),
    ).toBeVisible();
    await expectSignedOut(page, context);
    expect(await sandbox.oauthTokensOf(user.id)).toEqual([]);
    await checkA11y();
  });

  test("a tampered state is refused with a clear message; the code is never exchanged", async ({
    page,
    context,
    sandbox,
  }) => {
    const user = await sandbox.createUser({ first_name: "Tania", last_name: "Trafique" });
    const { url } = await heldReturn(page, context, "Tania Trafique");
    url.searchParams.set("state", `${url.searchParams.get("state") ?? ""}x`);
    await page.goto(url.toString());
    await expect(page).toHaveURL(/\/sign-in\?(.+&)?error=OAuthCallback$/);
    await expect(
      page.getByRole("alert").filter({ hasText: "La connexion avec data.gouv.fr n'a pas abouti" }),
    ).toBeVisible();
    await expectSignedOut(page, context);
    expect(await sandbox.oauthTokensOf(user.id)).toEqual([]);
  });

  test("a replayed code is refused by data.gouv.fr, and the site says so", async ({ page, context, sandbox }) => {
    await sandbox.createUser({ first_name: "Romain", last_name: "Rejoue" });
    const { url, checks } = await heldReturn(page, context, "Romain Rejoue");
    // The first return signs in: the code is used.
    await page.goto(url.toString());
    await expect(page).toHaveURL(/\/dashboard$/);
    // The page's own read of the session renews its cookie: let it land before the cookies are cleared.
    await page.waitForLoadState("networkidle");
    // The same return again, with the same state and PKCE cookies, from a browser that is not signed in.
    await context.clearCookies();
    await context.addCookies(checks);
    await page.goto(url.toString());
    await expect(page).toHaveURL(/\/sign-in\?(.+&)?error=OAuthCallback$/);
    await expectSignedOut(page, context);
  });

  test("a code data.gouv.fr gave another client is refused", async ({ page, context, sandbox, baseURL }) => {
    const user = await sandbox.createUser({ first_name: "Clara", last_name: "Client" });
    const other = await sandbox.registerOAuthClient("Un autre site", [`${baseURL}/api/auth/callback/datagouv`]);
    // The site's own authorization request (state, PKCE challenge, redirect URI), for the other client.
    await openConsent(page);
    const authorize = new URL(page.url());
    authorize.searchParams.set("client_id", other.client_id);
    await page.goto(authorize.toString());
    await expect(page.getByRole("heading", { name: "Autoriser Un autre site" })).toBeVisible();
    await answerConsent(page, "Clara Client", "Autoriser");
    await expect(page).toHaveURL(/\/sign-in\?(.+&)?error=OAuthCallback$/);
    await expectSignedOut(page, context);
    // The only token of the user is none: the site's exchange failed, and the other client never asked.
    expect(await sandbox.oauthTokensOf(user.id)).toEqual([]);
  });
});

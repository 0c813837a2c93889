import type { APIRequestContext } from "@playwright/test";

import { csrfTokenOf, sessionCookie, signInThroughApi } from "../support/auth";
import { expect, test } from "../fixtures";

test.describe("sessions", () => {
  test("a key revoked on data.gouv.fr ends the session with a clear message", async ({ page, sandbox, signIn }) => {
    const user = await sandbox.createUser({ first_name: "Rita", last_name: "Vocation" });
    await signIn(user.apikey);
    await page.goto("/dashboard");
    await expect(page.getByText("Connecté en tant que Rita Vocation")).toBeVisible();

    // The producer revokes their key (a token since udata 16) on data.gouv.fr itself: our vault's stops working.
    const headers = { "X-API-KEY": user.apikey };
    const tokens = (await (await fetch(`${sandbox.url}/api/1/me/api_tokens/`, { headers })).json()) as { id: string }[];
    expect(tokens).toHaveLength(1);
    const revoked = await fetch(`${sandbox.url}/api/1/me/api_tokens/${tokens[0]?.id}/`, { method: "DELETE", headers });
    expect(revoked.status).toBe(204);

    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Votre clé d'API n'est plus valide. Connectez-vous avec une clé valide.",
    );
  });

  test("a copy of the session cookie replayed after sign-out is refused", async ({
    page,
    context,
    sandbox,
    signIn,
  }) => {
    const user = await sandbox.createUser({ first_name: "Rémi", last_name: "Play" });
    await signIn(user.apikey);
    const cookie = await sessionCookie(context);
    expect(cookie).toBeDefined();

    await page.goto("/dashboard");
    await page.getByRole("main").getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/$/);

    if (cookie) await context.addCookies([cookie]);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in/);
    const trpc = await page.request.get("/api/trpc/account.reuses");
    expect(trpc.status()).toBe(401);
  });

  test("a session cookie replayed after sign-out gets an empty session, and no new cookie", async ({
    page,
    context,
    playwright,
    baseURL,
    clientAddress,
    sandbox,
    signIn,
  }) => {
    const user = await sandbox.createUser({ first_name: "Rejoué", last_name: "Après" });
    await signIn(user.apikey);
    const cookie = await sessionCookie(context);
    if (!cookie) throw new Error("no session cookie after sign-in");
    expect(await (await page.request.get("/api/auth/session")).json()).toMatchObject({
      user: { name: "Rejoué Après" },
    });

    const signOut = await page.request.post("/api/auth/signout", {
      form: { csrfToken: await csrfTokenOf(page.request), json: "true" },
    });
    expect(signOut.status()).toBe(200);

    // Another client with a copy of the cookie as it was before sign-out, once for a read, once for an update.
    const requests = [
      (replay: APIRequestContext) => replay.get("/api/auth/session"),
      async (replay: APIRequestContext) =>
        replay.post("/api/auth/session", { data: { csrfToken: await csrfTokenOf(replay), data: {} } }),
    ];
    for (const send of requests) {
      const replay = await playwright.request.newContext({
        baseURL,
        extraHTTPHeaders: { "x-forwarded-for": clientAddress },
        storageState: { cookies: [cookie], origins: [] },
      });
      const answer = await send(replay);
      expect(answer.status()).toBe(200);
      expect(await answer.json()).toEqual({});
      const sessionCookies = answer
        .headersArray()
        .filter(({ name, value }) => name.toLowerCase() === "set-cookie" && value.includes("session-token="));
      // At most next-auth's deletion of the cookie: an empty value that expires at once.
      for (const { value } of sessionCookies)
        expect(value).toMatch(/^(__Secure-)?next-auth\.session-token=;.*Max-Age=0/);
      await replay.dispose();
    }
  });

  test("sign-in attempts are limited to 5 a minute per client address", async ({ page }) => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++)
      statuses.push((await signInThroughApi(page, `wrong-${attempt}`)).status());
    // Five refusals of a wrong key (401, with where to go), then no more attempts at all.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);

    const refused = await signInThroughApi(page, "wrong-again");
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  });

  test("tRPC mutations from another origin are refused", async ({ request }) => {
    const answer = await request.post("/api/trpc/reuses.list", {
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      data: {},
    });
    expect(answer.status()).toBe(403);
  });
});

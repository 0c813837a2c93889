import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestSandbox, jsonOf, startTestSandbox } from "./harness";
import { DEMO_CLIENT, authorizePath, basicHeader, bearer, postForm, registerClient, tokenFor } from "./oauth";

/** The OAuth2 control route, and OAuth2 records through resets and restarts. */
let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

describe("POST /_sandbox/oauth-clients", () => {
  it("registers a client: 201 with its id (an ObjectId) and a fresh secret", async () => {
    const response = await sandbox.call("/_sandbox/oauth-clients", {
      method: "POST",
      json: { name: "Mon portail", redirect_uris: ["https://a.example.org/cb", "http://localhost:4000/cb"] },
    });
    const { status, body } = await jsonOf<{ client_id: string; client_secret: string }>(response);
    expect(status).toBe(201);
    expect(Object.keys(body)).toEqual(["client_id", "client_secret"]);
    expect(body.client_id).toMatch(/^[0-9a-f]{24}$/);
    expect(body.client_secret.length).toBeGreaterThanOrEqual(32);
    const consent = await sandbox.call(
      authorizePath(
        { id: body.client_id, secret: null, redirectUri: "" },
        { redirect_uri: "http://localhost:4000/cb" },
      ),
    );
    expect(await consent.text()).toContain("<h1>Autoriser Mon portail</h1>");
  });

  it("answers 400 with the field in error on a bad body", async () => {
    for (const [json, field] of [
      [{ redirect_uris: ["https://a.example.org/cb"] }, "name"],
      [{ name: " ", redirect_uris: ["https://a.example.org/cb"] }, "name"],
      [{ name: "x", redirect_uris: [] }, "redirect_uris"],
      [{ name: "x", redirect_uris: ["ftp://a.example.org/cb"] }, "redirect_uris.0"],
      [{ name: "x", redirect_uris: ["pas une URL"] }, "redirect_uris.0"],
      [{ name: "x", redirect_uris: ["https://a.example.org/cb"], owner: "nobody" }, "owner"],
    ] as const) {
      const { status, body } = await jsonOf<{ errors: Record<string, string[]> }>(
        await sandbox.call("/_sandbox/oauth-clients", { method: "POST", json }),
      );
      expect([json, status, Object.keys(body.errors)]).toEqual([json, 400, [field]]);
    }
    const notJson = await sandbox.call("/_sandbox/oauth-clients", { method: "POST", body: "{" });
    expect(notJson.status).toBe(400);
  });
});

describe("GET /_sandbox/oauth-tokens", () => {
  it("lists the tokens issued, with their user and whether they are revoked", async () => {
    const issued = await tokenFor(sandbox, DEMO_CLIENT);
    const tokens = await jsonOf<{ access_token: string; client_id: string; user: string | null; revoked: boolean }[]>(
      await sandbox.call("/_sandbox/oauth-tokens"),
    );
    const listed = tokens.body.find((token) => token.access_token === issued.access_token);
    expect(listed).toMatchObject({ client_id: DEMO_CLIENT.id, refresh_token: issued.refresh_token, revoked: false });
    expect(listed?.user).toMatch(/^[0-9a-f]{24}$/);
  });
});

describe("OAuth2 records across resets and restarts", () => {
  it("a reset forgets registered clients and tokens but keeps the demo client", async () => {
    const client = await registerClient(sandbox);
    const issued = await tokenFor(sandbox, DEMO_CLIENT);
    expect((await sandbox.call("/_sandbox/reset", { method: "POST" })).status).toBe(200);
    expect(await (await sandbox.call(authorizePath(client))).text()).toBe("invalid_client");
    expect((await bearer(sandbox, "/api/1/me/", issued.access_token)).status).toBe(401);
    expect((await tokenFor(sandbox, DEMO_CLIENT)).token_type).toBe("Bearer");
  });

  it("a restart keeps registered clients and issued tokens", async () => {
    const client = await registerClient(sandbox);
    const issued = await tokenFor(sandbox, client);
    sandbox = await sandbox.restart();
    expect((await bearer(sandbox, "/api/1/me/", issued.access_token)).status).toBe(200);
    const refreshed = await postForm(
      sandbox,
      "/oauth/token",
      { grant_type: "refresh_token", refresh_token: issued.refresh_token },
      basicHeader(client),
    );
    expect(refreshed.status).toBe(200);
  });
});

describe("the demo client's redirect URI", () => {
  it("follows the oauthRedirectUri option (SANDBOX_OAUTH_REDIRECT_URI), also over a snapshot seeded with another", async () => {
    const redirectUri = "http://127.0.0.1:3123/api/auth/callback/datagouv";
    const dataDir = await mkdtemp(join(tmpdir(), "sandbox-oauth-"));
    await (await startTestSandbox({ dataDir })).close();
    const custom = await startTestSandbox({ dataDir, oauthRedirectUri: redirectUri });
    try {
      const client = { ...DEMO_CLIENT, redirectUri };
      const response = await fetch(`${custom.url}${authorizePath(client, { redirect_uri: redirectUri })}`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "accept=",
        redirect: "manual",
      });
      expect(response.headers.get("location")).toMatch(
        /^http:\/\/127\.0\.0\.1:3123\/api\/auth\/callback\/datagouv\?code=/,
      );
      const former = await custom.call(authorizePath(DEMO_CLIENT, { redirect_uri: DEMO_CLIENT.redirectUri }));
      expect(await former.text()).toBe("invalid_request");
    } finally {
      await custom.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

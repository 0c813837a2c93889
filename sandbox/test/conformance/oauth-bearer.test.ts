import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "../harness";
import { DEMO_CLIENT, basicHeader, bearer, postForm, tokenFor } from "../oauth";

/** `Authorization: Bearer` on /api: udata/api/__init__.py `authentify` → udata/api/oauth2.py `check_credentials`. */
type Entry = { path: string; withKey: boolean; status: number };
const WERKZEUG_401 = expect.stringContaining("The server could not verify that you are authorized");

describe("bearer tokens on /api", () => {
  let sandbox: TestSandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ oauthTokenTtlS: 1 });
  });
  afterAll(() => sandbox.close());

  const requests = async () => (await jsonOf<Entry[]>(await sandbox.call("/_sandbox/requests"))).body;

  it("an expired access token makes the call anonymous: /me/ answers udata's 401, a public read 200, logged with its header — udata BearerToken (is_expired), check_credentials", async () => {
    const issued = await tokenFor(sandbox, DEMO_CLIENT, "100000000000000000000002");
    expect(issued.expires_in).toBe(1);
    expect((await bearer(sandbox, "/api/1/me/", issued.access_token)).status).toBe(200);
    await sleep(1100);
    await sandbox.call("/_sandbox/requests", { method: "DELETE" });
    const me = await jsonOf<{ message: string }>(await bearer(sandbox, "/api/1/me/", issued.access_token));
    expect(me).toEqual({ status: 401, body: { message: WERKZEUG_401 } });
    const reuses = await bearer(sandbox, "/api/1/reuses/?page_size=1", issued.access_token);
    expect(reuses.status).toBe(200);
    expect((await requests()).map(({ path, withKey, status }) => ({ path, withKey, status }))).toEqual([
      { path: "/api/1/me/", withKey: true, status: 401 },
      { path: "/api/1/reuses/", withKey: true, status: 200 },
    ]);
    // The refresh token outlives it (REFRESH_EXPIRATION), and its successor keeps the short lifetime.
    const renewed = await postForm(
      sandbox,
      "/oauth/token",
      { grant_type: "refresh_token", refresh_token: issued.refresh_token },
      basicHeader(DEMO_CLIENT),
    );
    const body = (await renewed.json()) as { access_token: string; expires_in: number };
    expect(body.expires_in).toBe(1);
    expect((await bearer(sandbox, "/api/1/me/", body.access_token)).status).toBe(200);
  });

  it("an unknown or revoked token, or another scheme, is anonymous, not a 401 on public reads — udata test_bad_oauth_auth", async () => {
    const issued = await tokenFor(sandbox, DEMO_CLIENT);
    await postForm(sandbox, "/oauth/revoke", { token: issued.access_token }, basicHeader(DEMO_CLIENT));
    for (const header of [`Bearer ${issued.access_token}`, "Bearer not-my-token", "Token abc", "Bearer"]) {
      const headers = { Authorization: header };
      expect((await fetch(`${sandbox.url}/api/1/me/`, { headers })).status).toBe(401);
      expect((await fetch(`${sandbox.url}/api/1/reuses/?page_size=1`, { headers })).status).toBe(200);
    }
  });

  it("X-API-KEY wins over a bearer token — udata UDataApi.authentify (the key first, check_credentials otherwise)", async () => {
    const issued = await tokenFor(sandbox, DEMO_CLIENT, "100000000000000000000002");
    const both = { "X-API-KEY": KEYS.admin };
    const me = await jsonOf<{ id: string }>(await bearer(sandbox, "/api/1/me/", issued.access_token, both));
    expect(me.body.id).toBe("100000000000000000000003");
    const badKey = await bearer(sandbox, "/api/1/me/", issued.access_token, { "X-API-KEY": "nope" });
    expect(await jsonOf(badKey)).toEqual({ status: 401, body: { message: "Invalid API token" } });
  });

  it("works on udata 15 too (OAuth2 predates API tokens)", async () => {
    const legacy = await startTestSandbox({ udata: 15 });
    try {
      const issued = await tokenFor(legacy, DEMO_CLIENT);
      const me = await jsonOf<{ id: string }>(await bearer(legacy, "/api/1/me/", issued.access_token));
      expect(me).toEqual({ status: 200, body: expect.objectContaining({ id: "100000000000000000000001" }) });
    } finally {
      await legacy.close();
    }
  });
});

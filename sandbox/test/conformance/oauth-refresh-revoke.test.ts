import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestSandbox, jsonOf, startTestSandbox } from "../harness";
import { DEMO_CLIENT, basicHeader, bearer, postForm, registerClient, tokenFor } from "../oauth";

/** Refreshing and revoking: udata/api/oauth2.py RefreshTokenGrant, save_token and RevokeToken. */
let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

const post = (path: string, form: Record<string, string>, headers: Record<string, string> = basicHeader(DEMO_CLIENT)) =>
  postForm(sandbox, path, form, headers);
const refresh = (refreshToken: string, headers?: Record<string, string>) =>
  post("/oauth/token", { grant_type: "refresh_token", refresh_token: refreshToken }, headers);
const meStatus = async (accessToken: string) => (await bearer(sandbox, "/api/1/me/", accessToken)).status;

describe("grant_type=refresh_token", () => {
  it("gives the same token new strings: the new ones work, the old ones stop, other tokens are untouched — udata test_refresh_token (save_token updates in place, INCLUDE_NEW_REFRESH_TOKEN)", async () => {
    const first = await tokenFor(sandbox, DEMO_CLIENT);
    const sameUser = await tokenFor(sandbox, DEMO_CLIENT);
    const response = await refresh(first.refresh_token);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const renewed = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(renewed)).toEqual(["access_token", "expires_in", "refresh_token", "token_type"]);
    // authlib's default lifetime: udata's OAUTH2_TOKEN_EXPIRES_IN has no refresh_token entry.
    expect(renewed.expires_in).toBe(3600);
    expect(renewed.access_token).not.toBe(first.access_token);
    expect(renewed.refresh_token).not.toBe(first.refresh_token);
    expect(await meStatus(String(renewed.access_token))).toBe(200);
    expect(await meStatus(first.access_token)).toBe(401);
    expect(await jsonOf(await refresh(first.refresh_token))).toEqual({ status: 400, body: { error: "invalid_grant" } });
    expect(await meStatus(sameUser.access_token)).toBe(200);
    expect((await refresh(sameUser.refresh_token)).status).toBe(200);
  });

  it("refuses a revoked refresh token — udata OAuth2Token.is_refresh_token_valid", async () => {
    const issued = await tokenFor(sandbox, DEMO_CLIENT);
    expect((await post("/oauth/revoke", { token: issued.refresh_token })).status).toBe(200);
    expect(await jsonOf(await refresh(issued.refresh_token))).toEqual({
      status: 400,
      body: { error: "invalid_grant" },
    });
  });

  it("refuses another client's refresh token, and a refresh without Basic — authlib RefreshTokenGrant._validate_request_token, BaseGrant.TOKEN_ENDPOINT_AUTH_METHODS", async () => {
    const issued = await tokenFor(sandbox, DEMO_CLIENT);
    const other = await registerClient(sandbox);
    expect(await jsonOf(await refresh(issued.refresh_token, basicHeader(other)))).toEqual({
      status: 400,
      body: { error: "invalid_grant" },
    });
    const posted = await post(
      "/oauth/token",
      {
        grant_type: "refresh_token",
        refresh_token: issued.refresh_token,
        client_id: DEMO_CLIENT.id,
        client_secret: DEMO_CLIENT.secret ?? "",
      },
      {},
    );
    expect(posted.status).toBe(401);
    expect((await refresh(issued.refresh_token)).status).toBe(200);
  });

  it("refuses a scope wider than the token's — authlib RefreshTokenGrant._validate_token_scope", async () => {
    const issued = await tokenFor(sandbox, DEMO_CLIENT);
    const response = await post("/oauth/token", {
      grant_type: "refresh_token",
      refresh_token: issued.refresh_token,
      scope: "admin",
    });
    expect(await jsonOf(response)).toEqual({
      status: 400,
      body: { error: "invalid_scope", error_description: "The requested scope is invalid, unknown, or malformed." },
    });
  });
});

describe("POST /oauth/revoke", () => {
  for (const kind of ["access_token", "refresh_token"] as const) {
    it(`revokes by ${kind}, with and without hint: 200 {} and the token stops working — udata test_revoke_token, test_revoke_token_with_hint`, async () => {
      for (const hint of [null, kind]) {
        const issued = await tokenFor(sandbox, DEMO_CLIENT);
        const form: Record<string, string> = { token: issued[kind] };
        if (hint) form.token_type_hint = hint;
        const response = await post("/oauth/revoke", form);
        expect(await jsonOf(response)).toEqual({ status: 200, body: {} });
        expect(await meStatus(issued.access_token)).toBe(401);
        expect((await refresh(issued.refresh_token)).status).toBe(400);
      }
    });
  }

  it("does not revoke when the hint names the other kind — udata test_revoke_token_with_bad_hint (RevokeToken.query_token)", async () => {
    const issued = await tokenFor(sandbox, DEMO_CLIENT);
    const response = await post("/oauth/revoke", { token: issued.access_token, token_type_hint: "refresh_token" });
    expect(await jsonOf(response)).toEqual({ status: 200, body: {} });
    expect(await meStatus(issued.access_token)).toBe(200);
  });

  it("answers 200 {} for an unknown token, and authlib's errors otherwise — authlib RevocationEndpoint", async () => {
    expect(await jsonOf(await post("/oauth/revoke", { token: "nope" }))).toEqual({ status: 200, body: {} });
    expect(await jsonOf(await post("/oauth/revoke", {}))).toEqual({ status: 400, body: { error: "invalid_request" } });
    expect(await jsonOf(await post("/oauth/revoke", { token: "x", token_type_hint: "id_token" }))).toEqual({
      status: 401,
      body: { error: "unsupported_token_type" },
    });
    const issued = await tokenFor(sandbox, DEMO_CLIENT);
    const other = await registerClient(sandbox);
    expect(await jsonOf(await post("/oauth/revoke", { token: issued.access_token }, basicHeader(other)))).toEqual({
      status: 400,
      body: { error: "invalid_grant" },
    });
    // RevokeToken.CLIENT_AUTH_METHODS: none and client_secret_basic, so a secret in the body is refused.
    const form = { token: issued.access_token, client_id: DEMO_CLIENT.id, client_secret: DEMO_CLIENT.secret ?? "" };
    expect((await post("/oauth/revoke", form, {})).status).toBe(401);
    expect(await meStatus(issued.access_token)).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "../harness";

/** API keys: udata 17's API tokens (the default) and udata 15's single key (`udata: 15`). */
type Token = Record<string, unknown> & { id: string; token_prefix: string };
type Created = Token & { token: string };

async function newAccount(sandbox: TestSandbox): Promise<{ id: string; apikey: string }> {
  const json = { first_name: "Test", last_name: "Jeton" };
  return (await jsonOf<{ id: string; apikey: string }>(await sandbox.call("/_sandbox/users", { method: "POST", json })))
    .body;
}

describe("udata 17: API tokens", () => {
  let sandbox: TestSandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
  });
  afterAll(() => sandbox.close());

  const create = async (key: string, json: unknown = {}) =>
    jsonOf<Created>(await sandbox.call("/api/1/me/api_tokens/", { method: "POST", key, json }));
  const revoke = (key: string, id: string) => sandbox.call(`/api/1/me/api_tokens/${id}/`, { method: "DELETE", key });

  it("creates a token: 201, the plaintext `udata_…` once, every read field — udata/core/user/api.py ApiTokenListAPI.post, udata/core/api_token/models.py ApiToken.generate", async () => {
    const account = await newAccount(sandbox);
    const { status, body } = await create(account.apikey, { name: "Script CI" });
    expect(status).toBe(201);
    expect(Object.keys(body)).toEqual([
      "created_at",
      "expires_at",
      "id",
      "kind",
      "last_used_at",
      "name",
      "revoked_at",
      "scopes",
      "token",
      "token_prefix",
      "user_agents",
    ]);
    expect(body.token).toMatch(/^udata_[A-Za-z0-9_-]{64}$/);
    expect(body).toMatchObject({
      token_prefix: body.token.slice(0, 14),
      name: "Script CI",
      kind: "api_key",
      scopes: ["admin"],
      expires_at: null,
      last_used_at: null,
      revoked_at: null,
      user_agents: [],
    });
    expect(body.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/);
    expect((await jsonOf<{ id: string }>(await sandbox.call("/api/1/me/", { key: body.token }))).body.id).toBe(
      account.id,
    );
  });

  it("lists the live tokens only, newest first, without their plaintext — udata/core/user/api.py ApiTokenListAPI.get", async () => {
    const account = await newAccount(sandbox);
    const first = (await create(account.apikey, { name: "Premier" })).body;
    const second = (await create(account.apikey, { name: "Second" })).body;
    const third = (await create(account.apikey, { name: "Troisième" })).body;
    expect((await revoke(account.apikey, second.id)).status).toBe(204);
    const listed = await jsonOf<Token[]>(await sandbox.call("/api/1/me/api_tokens/", { key: account.apikey }));
    expect(listed.status).toBe(200);
    const names = listed.body.map((token) => token.name);
    expect(names.slice(0, 2)).toEqual(["Troisième", "Premier"]);
    expect(listed.body.map((token) => token.id)).toEqual([third.id, first.id, expect.any(String)]);
    for (const token of listed.body) expect(token).not.toHaveProperty("token");
  });

  it("keeps each account's key as a token named 'Migrated API key', prefixed with its first 8 characters — udata/migrations/2026-01-28-migrate-apikeys-to-api-tokens.py", async () => {
    const listed = await jsonOf<Token[]>(await sandbox.call("/api/1/me/api_tokens/", { key: KEYS.member }));
    expect(listed.body).toEqual([
      expect.objectContaining({
        name: "Migrated API key",
        token_prefix: "sandbox-",
        scopes: ["admin"],
        kind: "api_key",
      }),
    ]);
  });

  it("records the last use and the User-Agent of a token — udata/core/api_token/models.py ApiToken.update_usage", async () => {
    const account = await newAccount(sandbox);
    const { token } = (await create(account.apikey)).body;
    await fetch(`${sandbox.url}/api/1/me/`, { headers: { "X-API-KEY": token, "User-Agent": "script-ci/1.0" } });
    const listed = await jsonOf<Token[]>(await sandbox.call("/api/1/me/api_tokens/", { key: account.apikey }));
    const used = listed.body.find(
      (item) => token.startsWith(item.token_prefix) && item.token_prefix.startsWith("udata_"),
    );
    expect(used?.user_agents).toEqual(["script-ci/1.0"]);
    expect(used?.last_used_at).toMatch(/\+00:00$/);
  });

  it("answers 400 on a bad or past expires_at — udata/core/api_token/models.py parse_future_datetime", async () => {
    const account = await newAccount(sandbox);
    expect(await create(account.apikey, { expires_at: "not-a-date" })).toEqual({
      status: 400,
      body: { message: "Invalid expires_at format" },
    });
    expect(await create(account.apikey, { expires_at: "2020-01-01T00:00:00" })).toEqual({
      status: 400,
      body: { message: "expires_at must be in the future" },
    });
    const later = await create(account.apikey, { expires_at: "2030-01-01T00:00:00" });
    expect(later.body.expires_at).toBe("2030-01-01T00:00:00.000000+00:00");
  });

  it("refuses a name over 255 characters with mongoengine's error — udata/api/__init__.py handle_validation_error", async () => {
    const account = await newAccount(sandbox);
    expect(await create(account.apikey, { name: "x".repeat(256) })).toEqual({
      status: 400,
      body: {
        errors: { name: "String value is too long" },
        message: "ValidationError (ApiToken:None) (String value is too long: ['name'])",
      },
    });
  });

  it("revokes a token (204), then answers 410 'Token already revoked' — udata/core/user/api.py ApiTokenAPI.delete", async () => {
    const account = await newAccount(sandbox);
    const { id, token } = (await create(account.apikey)).body;
    expect((await revoke(account.apikey, id)).status).toBe(204);
    expect(await jsonOf(await revoke(account.apikey, id))).toEqual({
      status: 410,
      body: { message: "Token already revoked" },
    });
    expect(await jsonOf(await sandbox.call("/api/1/me/", { key: token }))).toEqual({
      status: 401,
      body: { message: "Revoked API token" },
    });
  });

  it("answers 404 'Token not found' for someone else's token, and udata's 404 for an unknown id — ApiTokenAPI.delete, udata/routing.py ModelConverter", async () => {
    const owner = await newAccount(sandbox);
    const other = await newAccount(sandbox);
    const { id } = (await create(owner.apikey)).body;
    expect(await jsonOf(await revoke(other.apikey, id))).toEqual({ status: 404, body: { message: "Token not found" } });
    const unknown = await jsonOf<{ message: string }>(await revoke(owner.apikey, "000000000000000000000000"));
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/^The requested URL was not found on the server/);
  });

  it("answers 401 'Invalid API token' for a key that is no token — udata/api/__init__.py authentify", async () => {
    expect(await jsonOf(await sandbox.call("/api/1/reuses/", { key: "udata_unknown" }))).toEqual({
      status: 401,
      body: { message: "Invalid API token" },
    });
  });

  it("has no /me/apikey any more (404, with or without the slash) and no apikey in /me/ — CHANGELOG.md 'new api key system' (#3636), test_get_me_no_apikey_field", async () => {
    for (const path of ["/api/1/me/apikey", "/api/1/me/apikey/"]) {
      expect((await sandbox.call(path, { method: "POST", key: KEYS.producer })).status).toBe(404);
      expect((await sandbox.call(path, { method: "DELETE", key: KEYS.producer })).status).toBe(404);
    }
    expect((await jsonOf(await sandbox.call("/api/1/me/", { key: KEYS.producer }))).body).not.toHaveProperty("apikey");
  });

  it("revokes the tokens of a deleted account — udata/core/user/models.py User.mark_as_deleted", async () => {
    const account = await newAccount(sandbox);
    const { token } = (await create(account.apikey)).body;
    expect((await sandbox.call("/api/1/me/", { method: "DELETE", key: account.apikey })).status).toBe(204);
    expect((await jsonOf(await sandbox.call("/api/1/me/", { key: token }))).body).toEqual({
      message: "Revoked API token",
    });
  });
});

describe("udata 15: one API key per user", () => {
  let sandbox: TestSandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ udata: 15 });
  });
  afterAll(() => sandbox.close());

  it("regenerates the key: 201 {apikey}, a JWS; the old key answers 401 'Invalid API Key' at once — udata/core/user/api.py at v15.4.1 ApiKeyAPI.post, User.generate_api_key", async () => {
    const account = await newAccount(sandbox);
    const { status, body } = await jsonOf<{ apikey: string }>(
      await sandbox.call("/api/1/me/apikey/", { method: "POST", key: account.apikey }),
    );
    expect(status).toBe(201);
    expect(Object.keys(body)).toEqual(["apikey"]);
    expect(body.apikey).toMatch(/^eyJhbGciOiJIUzUxMiJ9\.[\w-]+\.[\w-]+$/);
    expect(await jsonOf(await sandbox.call("/api/1/me/", { key: account.apikey }))).toEqual({
      status: 401,
      body: { message: "Invalid API Key" },
    });
    const me = await jsonOf<{ id: string; apikey: string }>(await sandbox.call("/api/1/me/", { key: body.apikey }));
    expect(me.body).toMatchObject({ id: account.id, apikey: body.apikey });
  });

  it("clears the key (204): it stops working — udata/core/user/api.py at v15.4.1 ApiKeyAPI.delete", async () => {
    const account = await newAccount(sandbox);
    expect((await sandbox.call("/api/1/me/apikey/", { method: "DELETE", key: account.apikey })).status).toBe(204);
    expect((await jsonOf(await sandbox.call("/api/1/me/", { key: account.apikey }))).body).toEqual({
      message: "Invalid API Key",
    });
  });

  it("redirects /me/apikey without its slash (308) — Flask's strict slashes on @me.route('/apikey/')", async () => {
    const response = await sandbox.call("/api/1/me/apikey", { method: "POST", key: KEYS.producer });
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toMatch(/\/api\/1\/me\/apikey\/$/);
  });

  it("has no API tokens: /me/api_tokens/ is 404 — the routes came with udata 16 (CHANGELOG.md #3636)", async () => {
    expect((await sandbox.call("/api/1/me/api_tokens/", { key: KEYS.producer })).status).toBe(404);
    expect((await sandbox.call("/api/1/me/api_tokens/", { method: "POST", key: KEYS.producer, json: {} })).status).toBe(
      404,
    );
    expect((await sandbox.call("/api/1/me/api_tokens/000000000000000000000000/", { method: "DELETE" })).status).toBe(
      404,
    );
  });

  it("clears the key of a deleted account: 401 'Invalid API Key' — udata/core/user/models.py at v15.4.1 User.mark_as_deleted", async () => {
    const account = await newAccount(sandbox);
    expect((await sandbox.call("/api/1/me/", { method: "DELETE", key: account.apikey })).status).toBe(204);
    expect((await jsonOf(await sandbox.call("/api/1/me/", { key: account.apikey }))).body).toEqual({
      message: "Invalid API Key",
    });
  });

  it("upgraded to 17 (POST /_sandbox/udata), migrates the keys to tokens, which keep working — udata/migrations/2026-01-28-migrate-apikeys-to-api-tokens.py", async () => {
    const account = await newAccount(sandbox);
    const upgraded = await sandbox.call("/_sandbox/udata", { method: "POST", json: { version: 17 } });
    expect(await jsonOf(upgraded)).toEqual({ status: 200, body: { version: 17 } });
    expect((await sandbox.call("/api/1/me/", { key: account.apikey })).status).toBe(200);
    const listed = await jsonOf<Token[]>(await sandbox.call("/api/1/me/api_tokens/", { key: account.apikey }));
    expect(listed.body).toEqual([
      expect.objectContaining({ name: "Migrated API key", token_prefix: account.apikey.slice(0, 8) }),
    ]);
    expect((await sandbox.call("/_sandbox/reset", { method: "POST" })).status).toBe(200);
    expect((await sandbox.call("/api/1/me/api_tokens/", { key: KEYS.producer })).status).toBe(404);
  });
});

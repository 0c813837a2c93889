import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "../harness";
import { createReuse } from "../new-reuse";

/** udata's authentication and permission errors, word for word, with their headers. */
const CHALLENGE = 'Bearer realm="uData"';
const WERKZEUG_UNAUTHORIZED =
  "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.";

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

async function refusal(path: string, key?: string) {
  const response = await sandbox.call(path, { key });
  return { challenge: response.headers.get("www-authenticate"), ...(await jsonOf(response)) };
}

async function tokenOf(expiresAt: string | null = null): Promise<{ id: string; token: string }> {
  const response = await sandbox.call("/api/1/me/api_tokens/", {
    method: "POST",
    key: KEYS.member,
    json: { name: "conformance", expires_at: expiresAt },
  });
  return (await jsonOf<{ id: string; token: string }>(response)).body;
}

describe("authentication errors", () => {
  it("answers 401 with Werkzeug's message and a Bearer challenge without a key on a protected route — udata/api/__init__.py UDataApi._apply_secure, UDataApi.unauthorized", async () => {
    for (const path of ["/api/1/me/", "/api/1/me/reuses/"]) {
      expect(await refusal(path)).toEqual({
        status: 401,
        challenge: CHALLENGE,
        body: { message: WERKZEUG_UNAUTHORIZED },
      });
    }
    const write = await sandbox.call("/api/1/reuses/", { method: "POST", json: {} });
    expect(write.status).toBe(401);
    expect(write.headers.get("www-authenticate")).toBe(CHALLENGE);
  });

  it("answers 401 Invalid API token on every route, public reads included — udata/api/__init__.py UDataApi.authentify", async () => {
    for (const path of ["/api/1/reuses/", "/api/1/reuses/types/", "/api/1/me/"]) {
      expect(await refusal(path, "not-a-key")).toEqual({
        status: 401,
        challenge: CHALLENGE,
        body: { message: "Invalid API token" },
      });
    }
  });

  it("routes before it authenticates: an unknown path is a 404 even with a bad key — udata/api/__init__.py UDataApi.authentify (a resource decorator)", async () => {
    expect((await refusal("/api/1/nowhere/", "not-a-key")).status).toBe(404);
    expect((await sandbox.call("/api/1/reuses", { key: "not-a-key" })).status).toBe(308);
  });

  it("answers Revoked API token and Expired API token — udata/core/api_token/models.py ApiToken.authenticate, udata/api/__init__.py UDataApi.authentify", async () => {
    const revoked = await tokenOf();
    await sandbox.call(`/api/1/me/api_tokens/${revoked.id}/`, { method: "DELETE", key: KEYS.member });
    expect(await refusal("/api/1/reuses/", revoked.token)).toEqual({
      status: 401,
      challenge: CHALLENGE,
      body: { message: "Revoked API token" },
    });
    const expiring = await tokenOf(new Date(Date.now() + 1000).toISOString());
    expect((await sandbox.call("/api/1/me/", { key: expiring.token })).status).toBe(200);
    await sleep(1100);
    expect(await refusal("/api/1/reuses/", expiring.token)).toEqual({
      status: 401,
      challenge: CHALLENGE,
      body: { message: "Expired API token" },
    });
  });
});

describe("permission errors", () => {
  it("answers 403 with udata's message to a signed-in stranger — udata/api/__init__.py handle_permission_denied", async () => {
    const reuse = await createReuse(sandbox, KEYS.producer);
    const response = await sandbox.call(`/api/1/reuses/${reuse.id}/`, {
      method: "PUT",
      key: KEYS.member,
      json: { title: "Autre" },
    });
    expect(await jsonOf(response)).toEqual({
      status: 403,
      body: { message: "You do not have the permission to modify that object." },
    });
    expect(response.headers.get("www-authenticate")).toBeNull();
  });
});

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

describe("validation errors", () => {
  const post = async (json: Record<string, unknown>) =>
    jsonOf(await sandbox.call("/api/1/reuses/", { method: "POST", key: KEYS.producer, json }));

  it("answers mongoengine's validation at save: one string per field, grouped in the message — udata/api/__init__.py handle_validation_error", async () => {
    expect(await post({ description: "  " })).toEqual({
      status: 400,
      body: {
        errors: {
          title: "Field is required",
          slug: "Field is required",
          description: "Field is required",
          type: "Field is required",
          url: "Field is required",
          urlhash: "Field is required",
          topic: "Field is required",
        },
        message:
          "ValidationError (Reuse:None) (Field is required: ['title', 'slug', 'description', 'type', 'url', 'urlhash', 'topic'])",
      },
    });
    const reuse = await createReuse(sandbox, KEYS.producer);
    const blank = await sandbox.call(`/api/1/reuses/${reuse.id}/`, {
      method: "PUT",
      key: KEYS.producer,
      json: { title: "", tags: ["ok-tag", "x"] },
    });
    expect(await jsonOf(blank)).toEqual({
      status: 400,
      body: {
        errors: { title: "Field is required", tags: 'Tag "x" must be between 3 and 96 characters long.' },
        message: `ValidationError (Reuse:${reuse.id}) (Field is required: ['title'] Tag "x" must be between 3 and 96 characters long.: ['tags'])`,
      },
    });
  });

  it("stops at the first error met while patching, in the body's order — udata/api_fields.py patch, wrap_primary_key", async () => {
    const valid = { title: "T", description: "D", url: `https://example.org/${Date.now()}` };
    expect(await post({ ...valid, type: "game", datasets: ["000000000000000000000000"] })).toEqual({
      status: 400,
      body: {
        errors: {
          type: "'game' is not a valid choice. Valid choices: ['api', 'application', 'idea', 'news_article', 'paper', 'post', 'visualization', 'hardware']",
        },
        message:
          "'game' is not a valid choice. Valid choices: ['api', 'application', 'idea', 'news_article', 'paper', 'post', 'visualization', 'hardware']",
      },
    });
    expect(await post({ ...valid, datasets: ["000000000000000000000000"], type: "game" })).toEqual({
      status: 400,
      body: {
        errors: { datasets: "Unknown reference '000000000000000000000000'" },
        message: "Unknown reference '000000000000000000000000'",
      },
    });
  });

  it("answers a bad image with a message only — udata/core/storages/api.py parse_uploaded_image, udata/api/__init__.py handle_value_error", async () => {
    const reuse = await createReuse(sandbox, KEYS.producer);
    const upload = async (type: string, bbox?: string) => {
      const form = new FormData();
      const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
      form.append("file", new Blob([new Uint8Array(png)], { type }), "image");
      if (bbox) form.append("bbox", bbox);
      return jsonOf(
        await sandbox.call(`/api/1/reuses/${reuse.id}/image/`, { method: "POST", key: KEYS.producer, body: form }),
      );
    };
    expect(await upload("image/gif")).toEqual({ status: 400, body: { message: "Unsupported image format" } });
    expect(await upload("image/png", "0,0,a,1")).toEqual({
      status: 400,
      body: { message: "could not convert string to float: 'a'" },
    });
    expect((await upload("image/png", "0, 0, 10.5, 10")).status).toBe(200);
  });
});

describe("trailing slashes", () => {
  it("answers 308 to the absolute URL with the slash, query kept, for every route and method — werkzeug/routing (strict_slashes), as Flask serves udata", async () => {
    const reuse = await createReuse(sandbox, KEYS.producer);
    const paths: [string, string][] = [
      ["GET", "/api/1/reuses"],
      ["POST", "/api/1/reuses"],
      ["GET", "/api/1/reuses/suggest"],
      ["GET", "/api/1/reuses/types"],
      ["GET", "/api/1/reuses/topics"],
      ["GET", `/api/1/reuses/${reuse.slug}`],
      ["PUT", `/api/1/reuses/${reuse.id}`],
      ["DELETE", `/api/1/reuses/${reuse.id}`],
      ["POST", `/api/1/reuses/${reuse.id}/datasets`],
      ["POST", `/api/1/reuses/${reuse.id}/image`],
      ["POST", `/api/1/reuses/${reuse.id}/featured`],
      ["POST", `/api/1/reuses/${reuse.id}/badges`],
      ["DELETE", `/api/1/reuses/${reuse.id}/badges/certified`],
      ["GET", `/api/1/reuses/${reuse.id}/followers`],
      ["GET", "/api/1/datasets"],
      ["GET", "/api/1/datasets/5b7ffc618b4c4169d30727e0"],
      ["POST", "/api/1/datasets"],
      ["GET", "/api/1/organizations/534fff4ca3a7292c64a77c95"],
      ["GET", "/api/1/users/demo-producer"],
      ["GET", "/api/1/me"],
      ["POST", "/api/1/me/avatar"],
      ["GET", "/api/1/me/metrics"],
      ["GET", "/api/1/me/org_discussions"],
      ["GET", "/api/1/me/api_tokens"],
    ];
    for (const [method, path] of paths) {
      const response = await sandbox.call(`${path}?lang=fr`, { method, key: KEYS.producer });
      expect([method, path, response.status]).toEqual([method, path, 308]);
      expect(response.headers.get("location")).toBe(`${sandbox.url}${path}/?lang=fr`);
    }
  });
});

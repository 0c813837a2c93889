import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestSandbox, jsonOf, startTestSandbox } from "../harness";
import { DEMO_CLIENT, basicHeader, bearer, codeFor, newVerifier, postForm, registerClient } from "../oauth";

/** The token endpoint: udata/api/oauth2.py `access_token` and its grants, on authlib's AuthorizationServer. */
let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

const CODE_METHODS = "['none', 'client_secret_basic', 'client_secret_post']";
const token = (form: Record<string, string>, headers: Record<string, string> = basicHeader(DEMO_CLIENT)) =>
  postForm(sandbox, "/oauth/token", form, headers);

describe("grant_type=authorization_code", () => {
  it("exchanges a code and its S256 verifier for a bearer token that signs the user in on /api — udata test_s256_code_challenge_success_client_secret_basic", async () => {
    const verifier = newVerifier();
    const code = await codeFor(sandbox, DEMO_CLIENT, { verifier, user: "100000000000000000000002" });
    const response = await token({
      grant_type: "authorization_code",
      code,
      redirect_uri: DEMO_CLIENT.redirectUri,
      code_verifier: verifier,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("pragma")).toBe("no-cache");
    const body = (await response.json()) as Record<string, unknown>;
    // udata's save_token pops `scope` from the answer authlib's BearerTokenGenerator built.
    expect(Object.keys(body)).toEqual(["access_token", "expires_in", "refresh_token", "token_type"]);
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 30 * 24 * 3600 });
    expect(body.access_token).toMatch(/^[A-Za-z0-9]{42}$/);
    expect(body.refresh_token).toMatch(/^[A-Za-z0-9]{48}$/);
    const me = await jsonOf<{ id: string }>(await bearer(sandbox, "/api/1/me/", String(body.access_token)));
    expect(me).toEqual({ status: 200, body: expect.objectContaining({ id: "100000000000000000000002" }) });
  });

  it("takes client_secret_post, and plain PKCE — udata test_s256_code_challenge_success_client_secret_post, authlib compare_plain_code_challenge", async () => {
    const verifier = newVerifier();
    const query = new URLSearchParams({
      response_type: "code",
      client_id: DEMO_CLIENT.id,
      code_challenge: verifier,
      code_challenge_method: "plain",
    });
    const consent = await fetch(`${sandbox.url}/oauth/authorize?${query.toString()}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "accept=",
      redirect: "manual",
    });
    const code = new URL(consent.headers.get("location") ?? "").searchParams.get("code") ?? "";
    const form = { client_id: DEMO_CLIENT.id, client_secret: DEMO_CLIENT.secret ?? "" };
    const response = await token({ grant_type: "authorization_code", code, code_verifier: verifier, ...form }, {});
    expect(response.status).toBe(200);
  });

  it("refuses a wrong code_verifier — udata/api/oauth2.py AuthorizationCodeGrant + authlib CodeChallenge.validate_code_verifier", async () => {
    const code = await codeFor(sandbox, DEMO_CLIENT, { verifier: newVerifier() });
    const wrong = await token({
      grant_type: "authorization_code",
      code,
      redirect_uri: DEMO_CLIENT.redirectUri,
      code_verifier: newVerifier(),
    });
    expect(await jsonOf(wrong)).toEqual({
      status: 400,
      body: { error: "invalid_grant", error_description: "Code challenge failed." },
    });
    const missing = await token({ grant_type: "authorization_code", code, redirect_uri: DEMO_CLIENT.redirectUri });
    expect(await jsonOf(missing)).toEqual({
      status: 400,
      body: { error: "invalid_request", error_description: "Missing 'code_verifier'" },
    });
  });

  it("refuses a code used once already — authlib AuthorizationCodeGrant.create_token_response (delete_authorization_code), query_authorization_code", async () => {
    const verifier = newVerifier();
    const code = await codeFor(sandbox, DEMO_CLIENT, { verifier });
    const form = {
      grant_type: "authorization_code",
      code,
      redirect_uri: DEMO_CLIENT.redirectUri,
      code_verifier: verifier,
    };
    expect((await token(form)).status).toBe(200);
    expect(await jsonOf(await token(form))).toEqual({
      status: 400,
      body: { error: "invalid_grant", error_description: "Invalid 'code' in request." },
    });
  });

  it("refuses a code issued to another client — udata AuthorizationCodeGrant.query_authorization_code (code and client)", async () => {
    const other = await registerClient(sandbox);
    const verifier = newVerifier();
    const code = await codeFor(sandbox, other, { verifier });
    const response = await token({ grant_type: "authorization_code", code, code_verifier: verifier });
    expect(await jsonOf(response)).toEqual({
      status: 400,
      body: { error: "invalid_grant", error_description: "Invalid 'code' in request." },
    });
  });

  it("refuses a redirect_uri other than the authorization request's — authlib AuthorizationCodeGrant.validate_token_request", async () => {
    const verifier = newVerifier();
    const code = await codeFor(sandbox, DEMO_CLIENT, { verifier });
    const response = await token({ grant_type: "authorization_code", code, code_verifier: verifier });
    expect(await jsonOf(response)).toEqual({
      status: 400,
      body: { error: "invalid_grant", error_description: "Invalid 'redirect_uri' in request." },
    });
  });

  it("answers 401 invalid_client to a wrong secret, in the header or in the body — authlib ClientAuthentication.authenticate", async () => {
    const code = await codeFor(sandbox, DEMO_CLIENT);
    const grant = { grant_type: "authorization_code", code, redirect_uri: DEMO_CLIENT.redirectUri };
    const basic = await token(grant, basicHeader({ ...DEMO_CLIENT, secret: "not-the-secret" }));
    const post = await token({ ...grant, client_id: DEMO_CLIENT.id, client_secret: "not-the-secret" }, {});
    for (const response of [basic, post]) {
      const description = `The client cannot authenticate with methods: ${CODE_METHODS}`;
      expect(response.headers.get("www-authenticate")).toBe(
        `Basic error="invalid_client", error_description="${description}"`,
      );
      expect(await jsonOf(response)).toEqual({
        status: 401,
        body: { error: "invalid_client", error_description: description },
      });
    }
  });

  it("answers an unknown client as authlib's _validate_client does: 401 through Basic, 400 in the body", async () => {
    const unknown = { ...DEMO_CLIENT, id: "5f1e0a0b0c0d0e0f10ffffff" };
    const grant = { grant_type: "authorization_code", code: "x" };
    const body = { error: "invalid_client", error_description: "The client does not exist on this server." };
    expect(await jsonOf(await token(grant, basicHeader(unknown)))).toEqual({ status: 401, body });
    expect(await jsonOf(await token({ ...grant, client_id: unknown.id, client_secret: "s" }, {}))).toEqual({
      status: 400,
      body,
    });
  });

  it("a client with a secret cannot leave it out — udata test_s256_code_challenge_missing_client_secret", async () => {
    const verifier = newVerifier();
    const code = await codeFor(sandbox, DEMO_CLIENT, { verifier });
    const form = { grant_type: "authorization_code", code, code_verifier: verifier, client_id: DEMO_CLIENT.id };
    expect((await token(form, {})).status).toBe(401);
  });

  it("a public client authenticates with its id alone and must send a verifier — udata test_s256_code_challenge_success_no_client_secret, CodeChallenge(required=True)", async () => {
    const client = await registerClient(sandbox, { public: true });
    expect(client.secret).toBeNull();
    const verifier = newVerifier();
    const code = await codeFor(sandbox, client, { verifier });
    const form = { grant_type: "authorization_code", code, client_id: client.id, redirect_uri: client.redirectUri };
    expect(await jsonOf(await token(form, {}))).toEqual({
      status: 400,
      body: { error: "invalid_request", error_description: "Missing 'code_verifier'" },
    });
    const response = await token({ ...form, code_verifier: verifier }, {});
    expect(response.status).toBe(200);
  });
});

describe("other grant types", () => {
  it("client_credentials: a token for the client's owner, without refresh token, through Basic only — udata test_client_credentials_grant_token, save_token (`request.user or client.owner`)", async () => {
    const client = await registerClient(sandbox, { owner: "100000000000000000000003" });
    const response = await token({ grant_type: "client_credentials" }, basicHeader(client));
    const body = (await response.json()) as Record<string, unknown>;
    expect(response.status).toBe(200);
    expect(Object.keys(body)).toEqual(["access_token", "expires_in", "token_type"]);
    const me = await jsonOf<{ id: string }>(await bearer(sandbox, "/api/1/me/", String(body.access_token)));
    expect(me.body.id).toBe("100000000000000000000003");
    const posted = await token(
      { grant_type: "client_credentials", client_id: client.id, client_secret: client.secret ?? "" },
      {},
    );
    expect(await jsonOf(posted)).toEqual({
      status: 401,
      body: {
        error: "invalid_client",
        error_description: "The client cannot authenticate with methods: ['client_secret_basic']",
      },
    });
  });

  it("answers unsupported_grant_type to a grant it does not run: password (sandbox accounts have no password), implicit, none — authlib AuthorizationServer.get_token_grant", async () => {
    for (const [form, grantType] of [
      [{ grant_type: "password", username: "demo-producer@example.org", password: "x" }, "password"],
      [{ grant_type: "implicit" }, "implicit"],
      [{}, "None"],
    ] as const) {
      expect(await jsonOf(await token(form))).toEqual({
        status: 400,
        body: { error: "unsupported_grant_type", error_description: `grant_type=${grantType} is not supported` },
      });
    }
  });
});

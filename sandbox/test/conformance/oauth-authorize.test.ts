import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_OAUTH_CLIENT } from "../../oauth/demo-client";
import { s256Challenge } from "../../oauth/pkce";
import { type TestSandbox, startTestSandbox } from "../harness";
import { DEMO_CLIENT, authorizePath, newVerifier, postConsent, registerClient } from "../oauth";

/** The authorization endpoint: udata/api/oauth2.py `authorize`, on authlib's AuthorizationCodeGrant. */
let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

describe("GET /oauth/authorize", () => {
  it("shows a French consent page naming the client, with the account choice and udata's form fields — udata/api/oauth2.py authorize (GET), udata/templates/api/oauth_authorize.html", async () => {
    const path = authorizePath(DEMO_CLIENT, { redirect_uri: DEMO_CLIENT.redirectUri, state: "abc" });
    const response = await sandbox.call(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    // The form posts here, and is sent on to the client's redirect URI.
    expect(response.headers.get("content-security-policy")).toContain("form-action 'self' http://localhost:3000;");
    const page = await response.text();
    // Checked piece by piece: the page lists every account, thousands of options.
    const pieces = {
      lang: page.includes('<html lang="fr">'),
      heading: page.includes(`<h1>Autoriser ${DEMO_OAUTH_CLIENT.name}</h1>`),
      form: page.includes(`<form method="post" action="${path.replace(/&/g, "&amp;")}">`),
      label: /<label for="user">[^<]+<\/label>\s*<select id="user" name="user">/.test(page),
      scope: page.includes('<input type="hidden" name="scope" value="default" />'),
      accept: page.includes('<button type="submit" name="accept">Autoriser</button>'),
      refuse: page.includes('<button type="submit" name="refuse">Refuser</button>'),
    };
    expect(pieces).toEqual({
      lang: true,
      heading: true,
      form: true,
      label: true,
      scope: true,
      accept: true,
      refuse: true,
    });
    // The demo accounts first, the producer chosen; every account that can sign in.
    const options = [...page.matchAll(/<option value="(\w+)"( selected)?>([^<]+)<\/option>/g)];
    expect(options.slice(0, 3).map(([, id, selected, name]) => [id, Boolean(selected), name])).toEqual([
      ["100000000000000000000001", true, "Demo Producer"],
      ["100000000000000000000002", false, "Demo Member"],
      ["100000000000000000000003", false, "Demo Admin"],
    ]);
    expect(options.length).toBeGreaterThan(3000);
    expect(options.filter(([, , selected]) => selected)).toHaveLength(1);
  });

  it("answers a bad request with authlib's error code alone — udata/api/oauth2.py authorize (GET) `return error.error`, authlib validate_code_authorization_request and CodeChallenge.validate_code_challenge", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ client_id: "5f1e0a0b0c0d0e0f10ffffff" }, "invalid_client"],
      [{ client_id: "" }, "invalid_client"],
      [{ redirect_uri: "https://evil.example.org/callback" }, "invalid_request"],
      [{ response_type: "token" }, "unsupported_response_type"],
      [{ code_challenge: "short" }, "invalid_request"],
      [{ code_challenge: s256Challenge(newVerifier()), code_challenge_method: "S512" }, "invalid_request"],
      [{ code_challenge_method: "S256" }, "invalid_request"],
    ];
    for (const [params, error] of cases) {
      const query = new URLSearchParams({ response_type: "code", client_id: DEMO_CLIENT.id, ...params });
      const response = await sandbox.call(`/oauth/authorize?${query.toString()}`);
      expect([params, response.status, await response.text()]).toEqual([params, 200, error]);
    }
  });
});

describe("POST /oauth/authorize", () => {
  it("on accept, redirects to the redirect URI with a code and the state — udata test_authorization_accept, authlib AuthorizationCodeGrant.create_authorization_response", async () => {
    const path = authorizePath(DEMO_CLIENT, { redirect_uri: DEMO_CLIENT.redirectUri, state: "état 1" });
    const response = await postConsent(sandbox, path, { accept: "", user: "100000000000000000000002" });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(DEMO_CLIENT.redirectUri);
    expect(location.searchParams.get("code")).toMatch(/^[A-Za-z0-9]{48}$/);
    expect(location.searchParams.get("state")).toBe("état 1");
  });

  it("without a redirect_uri, uses the client's first — udata test_authorization_grant_token, OAuth2Client.get_default_redirect_uri", async () => {
    const response = await postConsent(sandbox, authorizePath(DEMO_CLIENT));
    expect(response.headers.get("location")).toMatch(/^http:\/\/localhost:3000\/api\/auth\/callback\/datagouv\?code=/);
  });

  it("on refusal, redirects with access_denied and the state — udata test_authorization_decline, authlib AccessDeniedError", async () => {
    const path = authorizePath(DEMO_CLIENT, { redirect_uri: DEMO_CLIENT.redirectUri, state: "s-42" });
    const refusals: Record<string, string>[] = [{ refuse: "" }, { accept: "", decline: "" }];
    for (const form of refusals) {
      const response = await postConsent(sandbox, path, form);
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get("location") ?? "");
      expect(`${location.origin}${location.pathname}`).toBe(DEMO_CLIENT.redirectUri);
      expect(Object.fromEntries(location.searchParams)).toEqual({
        error: "access_denied",
        error_description: "The resource owner or authorization server denied the request",
        state: "s-42",
      });
    }
  });

  it("refuses a redirect URI the client did not register with a 400, not a redirect — udata test_authorization_accept_no_wildcard, authlib validate_authorization_redirect_uri", async () => {
    const path = authorizePath(DEMO_CLIENT, { redirect_uri: "https://sub.example.org/callback", state: "z" });
    const response = await postConsent(sandbox, path);
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      error: "invalid_request",
      error_description: "Redirect URI https://sub.example.org/callback is not supported by client.",
      state: "z",
    });
  });

  it("sends a bad code_challenge back to the redirect URI — authlib CodeChallenge.validate_code_challenge (after the redirect URI is known)", async () => {
    const path = authorizePath(DEMO_CLIENT, { code_challenge: "too-short", code_challenge_method: "S256", state: "q" });
    const response = await postConsent(sandbox, path);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location") ?? "");
    expect(Object.fromEntries(location.searchParams)).toEqual({
      error: "invalid_request",
      error_description: "Invalid 'code_challenge'",
      state: "q",
    });
  });

  it("sends an unsupported response type back to the client's redirect URI — udata test_invalid_implicit_grant_token", async () => {
    const response = await postConsent(sandbox, authorizePath(DEMO_CLIENT, { response_type: "token" }));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toContain("error=unsupported_response_type");
  });

  it("works for a client registered through the control route", async () => {
    const client = await registerClient(sandbox);
    const response = await postConsent(sandbox, authorizePath(client, { redirect_uri: client.redirectUri }));
    expect(response.headers.get("location")).toMatch(/^https:\/\/reuses\.example\.org\/callback\?code=/);
  });
});

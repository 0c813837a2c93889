import { randomBytes } from "node:crypto";
import { DEFAULT_OAUTH_REDIRECT_URI, DEMO_OAUTH_CLIENT } from "../oauth/demo-client";
import { s256Challenge } from "../oauth/pkce";
import { type TestSandbox } from "./harness";

/** OAuth2 flows against a test sandbox, as a site (the client) and a browser (the consent form) run them. */

export interface TestClient {
  id: string;
  secret: string | null;
  redirectUri: string;
}

export const DEMO_CLIENT: TestClient = {
  id: DEMO_OAUTH_CLIENT.id,
  secret: DEMO_OAUTH_CLIENT.secret,
  redirectUri: DEFAULT_OAUTH_REDIRECT_URI,
};

export function newVerifier(): string {
  return randomBytes(48).toString("base64url");
}

export function basicHeader(client: TestClient): Record<string, string> {
  return { Authorization: `Basic ${Buffer.from(`${client.id}:${client.secret ?? ""}`).toString("base64")}` };
}

export async function registerClient(sandbox: TestSandbox, json: Record<string, unknown> = {}): Promise<TestClient> {
  const redirectUri = "https://reuses.example.org/callback";
  const response = await sandbox.call("/_sandbox/oauth-clients", {
    method: "POST",
    json: { name: "Client de test", redirect_uris: [redirectUri], ...json },
  });
  const body = (await response.json()) as { client_id: string; client_secret: string | null };
  return { id: body.client_id, secret: body.client_secret, redirectUri };
}

export function authorizePath(client: TestClient, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ response_type: "code", client_id: client.id, ...params });
  return `/oauth/authorize?${query.toString()}`;
}

/** Posts the consent form: `accept` by default. */
export function postConsent(sandbox: TestSandbox, path: string, form: Record<string, string> = { accept: "" }) {
  return fetch(`${sandbox.url}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ scope: "default", ...form }).toString(),
    redirect: "manual",
  });
}

export function postForm(sandbox: TestSandbox, path: string, form: Record<string, string>, headers = {}) {
  return fetch(`${sandbox.url}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form).toString(),
  });
}

/** A code for `client` (S256 with `verifier` when given), as the producer unless `user` says otherwise. */
export async function codeFor(
  sandbox: TestSandbox,
  client: TestClient,
  options: { verifier?: string; user?: string; state?: string } = {},
): Promise<string> {
  const params: Record<string, string> = { redirect_uri: client.redirectUri, state: options.state ?? "xyz" };
  if (options.verifier) {
    params.code_challenge = s256Challenge(options.verifier);
    params.code_challenge_method = "S256";
  }
  const form: Record<string, string> = { accept: "" };
  if (options.user) form.user = options.user;
  const response = await postConsent(sandbox, authorizePath(client, params), form);
  const code = new URL(response.headers.get("location") ?? "").searchParams.get("code");
  if (!code) throw new Error(`no code in ${response.headers.get("location") ?? "(no location)"}`);
  return code;
}

export interface TokenAnswer {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  token_type: string;
}

/** A token for `client` through the code flow, with client_secret_basic. */
export async function tokenFor(sandbox: TestSandbox, client: TestClient, user?: string): Promise<TokenAnswer> {
  const verifier = newVerifier();
  const code = await codeFor(sandbox, client, { verifier, user });
  const response = await postForm(
    sandbox,
    "/oauth/token",
    { grant_type: "authorization_code", code, redirect_uri: client.redirectUri, code_verifier: verifier },
    basicHeader(client),
  );
  return (await response.json()) as TokenAnswer;
}

export function bearer(sandbox: TestSandbox, path: string, token: string, headers: Record<string, string> = {}) {
  return fetch(`${sandbox.url}${path}`, { headers: { Authorization: `Bearer ${token}`, ...headers } });
}

import { createRequire } from "node:module";
import path from "node:path";

import { decode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type * as datagouv from "~/server/datagouv";
import { env } from "~/server/env";
import { getStore } from "~/server/store";
import { StoreUnavailableError } from "~/server/store/unavailable";
import { CSRF_COOKIE } from "./csrf";
import { SESSION_MAX_AGE_S } from "./identity";
import { authOptions } from "./options";
import { SESSION_COOKIE } from "./session-cookie";
import { sessionCookieInLocale } from "./session-language";
import { getVault } from "./vault";

// data.gouv.fr's `GET /me/`, for any key: the user the key belongs to.
vi.mock("~/server/datagouv", async (importOriginal) => ({
  ...(await importOriginal<typeof datagouv>()),
  getMe: async () => ({
    id: "5f0c1c7e8b1b4a0a9c0d0e0f",
    slug: "ada-lovelace",
    first_name: "Ada",
    last_name: "Lovelace",
    avatar_thumbnail: null,
    roles: [],
    organizations: [],
  }),
}));

type Cookie = { name: string; value: string; options?: { maxAge?: number } };
type Answer = { status?: number; body?: unknown; cookies?: Cookie[]; redirect?: string };
type AuthRequest = {
  action: string;
  providerId?: string;
  method: "GET" | "POST";
  body?: Record<string, string>;
  cookies?: Record<string, string>;
};

// next-auth's request handler itself, which its package does not export (as csrf.test.ts does): the options
// are tested as next-auth runs them, without Next.js around.
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as {
  AuthHandler: (params: { req: AuthRequest & { headers: object; query: object }; options: object }) => Promise<Answer>;
};

const auth = (req: AuthRequest) => AuthHandler({ req: { headers: {}, query: {}, ...req }, options: authOptions });

const valueOf = (answer: Answer, name: string) => answer.cookies?.find((cookie) => cookie.name === name)?.value;

/** A browser: its CSRF cookie and token, and the session cookie once signed in. */
async function signedInBrowser() {
  const csrf = await auth({ action: "csrf", method: "GET" });
  const cookies: Record<string, string> = { [CSRF_COOKIE]: valueOf(csrf, CSRF_COOKIE) ?? "" };
  const { csrfToken } = csrf.body as { csrfToken: string };
  const body = { csrfToken, apiKey: "a-key-data.gouv.fr-accepts", callbackUrl: "/dashboard" };
  const signIn = await auth({ action: "callback", providerId: "api-key", method: "POST", body, cookies });
  const session = valueOf(signIn, SESSION_COOKIE);
  if (!session) throw new Error(`sign-in failed: ${JSON.stringify(signIn)}`);
  cookies[SESSION_COOKIE] = session;
  return { cookies, csrfToken };
}

async function sidOf(sessionCookie: string | undefined) {
  const token = await decode({ token: sessionCookie, secret: env.NEXTAUTH_SECRET ?? "" });
  if (typeof token?.sid !== "string") throw new Error("no session id in the token");
  return token.sid;
}

describe("next-auth options", () => {
  const logged = { error: vi.fn(), warn: vi.fn() };
  beforeEach(() => {
    logged.error = vi.spyOn(console, "error").mockImplementation(() => {});
    logged.warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it("sign a token in that expires with the session (12 hours), not in next-auth's 30 days", async () => {
    const { cookies } = await signedInBrowser();
    const token = await decode({ token: cookies[SESSION_COOKIE], secret: env.NEXTAUTH_SECRET ?? "" });
    expect(token?.exp).toBeTypeOf("number");
    expect(Number(token?.exp) - Number(token?.iat)).toBe(SESSION_MAX_AGE_S);
  });

  it("answer a live session with its display data and a refreshed cookie", async () => {
    const { cookies } = await signedInBrowser();
    const session = await auth({ action: "session", method: "GET", cookies });
    expect(session.body).toMatchObject({ user: { name: "Ada Lovelace", slug: "ada-lovelace" } });
    expect(valueOf(session, SESSION_COOKIE)).toBeTruthy();
  });

  it("tell the browser the user's public ids, roles and organizations (for the 'Gérer' links), never the key", async () => {
    const { cookies } = await signedInBrowser();
    const session = await auth({ action: "session", method: "GET", cookies });
    expect(session.body).toMatchObject({ user: { id: "5f0c1c7e8b1b4a0a9c0d0e0f", roles: [], organizations: [] } });
    expect(JSON.stringify(session.body)).not.toContain("a-key-data.gouv.fr-accepts");
    expect(session.body).not.toHaveProperty("user.sid");
  });

  it("keep the language the producer chose for their space when the session is updated (its display data re-read)", async () => {
    const { cookies, csrfToken } = await signedInBrowser();
    const secret = env.NEXTAUTH_SECRET ?? "";
    const english = await sessionCookieInLocale(cookies[SESSION_COOKIE], "en", secret);
    const update = await auth({
      action: "session",
      method: "POST",
      body: { csrfToken },
      cookies: { ...cookies, [SESSION_COOKIE]: english?.value ?? "" },
    });
    expect(update.body).toMatchObject({ user: { name: "Ada Lovelace" } });
    const token = await decode({ token: valueOf(update, SESSION_COOKIE), secret });
    expect(token).toMatchObject({ locale: "en", sid: await sidOf(cookies[SESSION_COOKIE]) });
  });

  it("answer an empty session, delete the cookie and log nothing for a cookie replayed after sign-out", async () => {
    const { cookies, csrfToken } = await signedInBrowser();
    const replayed = { ...cookies };
    const signOut = await auth({ action: "signout", method: "POST", body: { csrfToken }, cookies });
    expect(signOut.redirect).toBeDefined();

    for (const request of [
      { action: "session", method: "GET" },
      { action: "session", method: "POST", body: { csrfToken } },
    ] as const) {
      const session = await auth({ ...request, cookies: replayed });
      expect(session.body).toEqual({});
      const sessionCookies = session.cookies?.filter((cookie) => cookie.name === SESSION_COOKIE) ?? [];
      expect(sessionCookies).toEqual([
        expect.objectContaining({ value: "", options: expect.objectContaining({ maxAge: 0 }) }),
      ]);
    }
    expect(logged.error).not.toHaveBeenCalled();
  });

  it("answer an empty session for a session whose key left the vault (a key data.gouv.fr refused)", async () => {
    const { cookies } = await signedInBrowser();
    await getVault().delete(await sidOf(cookies[SESSION_COOKIE]));
    const session = await auth({ action: "session", method: "GET", cookies });
    expect(session.body).toEqual({});
    expect(valueOf(session, SESSION_COOKIE)).toBe("");
  });

  it.each([
    ["Redis down", new StoreUnavailableError("Redis store: connection reconnecting")],
    ["a full disk", Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" })],
  ])(
    "sign nobody in when the vault cannot keep the key (%s): error=StoreUnavailable, no cookie",
    async (_, failure) => {
      vi.spyOn(getStore(), "set").mockRejectedValueOnce(failure);
      const csrf = await auth({ action: "csrf", method: "GET" });
      const cookies = { [CSRF_COOKIE]: valueOf(csrf, CSRF_COOKIE) ?? "" };
      const { csrfToken } = csrf.body as { csrfToken: string };
      const body = { csrfToken, apiKey: "a-key-data.gouv.fr-accepts", callbackUrl: "/dashboard" };
      const signIn = await auth({ action: "callback", providerId: "api-key", method: "POST", body, cookies });
      expect(signIn.redirect).toMatch(/[?&]error=StoreUnavailable$/);
      expect(valueOf(signIn, SESSION_COOKIE)).toBeUndefined();
    },
  );

  it("log next-auth's errors as one escaped line", async () => {
    const session = await auth({ action: "session", method: "GET", cookies: { [SESSION_COOKIE]: "not-a-jwt" } });
    expect(session.body).toEqual({});
    expect(logged.error).toHaveBeenCalledOnce();
    const [line] = logged.error.mock.calls[0] ?? [];
    expect(line).toMatch(/^\[next-auth\]\[error\]\[JWT_SESSION_ERROR\] /);
    expect(line).not.toMatch(/[\r\n]/);
  });
});

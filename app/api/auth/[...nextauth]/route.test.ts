import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

import type * as envModule from "~/server/env";
import { CLIENT_ADDRESS_HEADER } from "~/server/http/client-address";
import { getStore } from "~/server/store";
import { StoreUnavailableError } from "~/server/store/unavailable";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

/** The requests next-auth received, as `METHOD action/provider`. */
const reached = vi.hoisted((): string[] => []);

// next-auth stands in: a wrong key for every sign-in, and its 400 "[object Object]" for a session update (the
// route is tested here; next-auth's own answers in e2e/auth).
vi.mock("next-auth", () => ({
  default: () => async (req: NextRequest, context: RouteContext) => {
    const segments = (await context.params).nextauth;
    reached.push(`${req.method} ${segments.join("/")}`);
    if (segments[0] === "session") return new Response("[object Object]", { status: 400 });
    return Response.json({ url: "/api/auth/error?error=CredentialsSignin" }, { status: 401 });
  },
}));

// The site has an OAuth2 client at data.gouv.fr: the `datagouv` provider's return is a GET of its callback.
vi.mock("~/server/env", async (importOriginal) => {
  const actual = await importOriginal<typeof envModule>();
  return { env: { ...actual.env, DATAGOUV_OAUTH: { clientId: "5f1e0a0b0c0d0e0f10111213", clientSecret: "s" } } };
});

const { GET, POST } = await import("./route");
const { signInLimiter } = await import("~/server/auth/sign-in-limit");

let clients = 0;

/**
 * A request as Next.js hands it to the route: `nextauth` is the path after /api/auth/, split on `/`, each segment
 * decoded (so `%2F` stays inside its segment).
 */
function call(method: "GET" | "POST", path: string, client: string) {
  const url = new URL(path, "http://127.0.0.1:3000");
  const nextauth = url.pathname.split("/").slice(3).map(decodeURIComponent);
  const req = new NextRequest(url, { method, headers: { [CLIENT_ADDRESS_HEADER]: client } });
  return (method === "GET" ? GET : POST)(req, { params: Promise.resolve({ nextauth }) });
}

const newClient = () => `192.0.2.${++clients}`;

/** Spellings of the sign-in callback that next-auth resolves to `callback` / `api-key`, and some it refuses. */
const SPELLINGS = [
  "/api/auth/callback/api-key",
  "/api/auth/callback/api%2Dkey",
  "/api/auth/callback/api%2dkey",
  "/api/auth/%63allback/api-key",
  "/api/auth/callback/%61pi-key",
  "/api/auth/%63%61%6C%6C%62%61%63%6B/%61%70%69%2D%6B%65%79",
  "/api/auth/callback/api-key/x",
  "/api/auth/callback/api-key/x/y?z=1",
  "/api/auth/callback/api-key?x=1",
  "/api/auth/CALLBACK/api-key",
  "/api/auth/callback/API-KEY",
  "/api/auth/callback%2Fapi-key",
  "/api/auth/callback/api-key;x=1",
];

describe("the sign-in rate limit", () => {
  it.each(SPELLINGS)("refuses the 6th attempt of an address when it is spelled %s", async (spelling) => {
    const client = newClient();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await call("POST", "/api/auth/callback/api-key", client)).status).toBe(401);
    }
    const before = reached.length;
    const refused = await call("POST", spelling, client);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(reached.length).toBe(before);
  });

  it("counts attempts through every spelling together", async () => {
    const client = newClient();
    for (const spelling of SPELLINGS.slice(1, 6)) expect((await call("POST", spelling, client)).status).toBe(401);
    expect((await call("POST", "/api/auth/callback/api-key", client)).status).toBe(429);
  });

  it("never blocks sign-out, a session update or the start of a sign-in with data.gouv.fr, and counts none", async () => {
    const client = newClient();
    for (let attempt = 0; attempt < 6; attempt++) await call("POST", "/api/auth/callback/api-key", client);
    for (const action of ["signout", "session", "signin/datagouv"]) {
      const before = reached.length;
      expect((await call("POST", `/api/auth/${action}`, client)).status).not.toBe(429);
      expect(reached.slice(before)).toEqual([`POST ${action}`]);
    }

    const fresh = newClient();
    for (let attempt = 0; attempt < 10; attempt++) await call("POST", "/api/auth/session", fresh);
    for (let attempt = 0; attempt < 10; attempt++) await call("POST", "/api/auth/signout", fresh);
    for (let attempt = 0; attempt < 10; attempt++) await call("POST", "/api/auth/signin/datagouv", fresh);
    expect((await call("POST", "/api/auth/callback/api-key", fresh)).status).toBe(401);
  });

  it("counts data.gouv.fr's returns (GET of the datagouv callback), with the key form's attempts", async () => {
    const client = newClient();
    for (let attempt = 0; attempt < 3; attempt++) await call("POST", "/api/auth/callback/api-key", client);
    for (let attempt = 0; attempt < 2; attempt++) {
      await call("GET", "/api/auth/callback/datagouv?code=c&state=s", client);
    }
    const before = reached.length;
    expect((await call("GET", "/api/auth/%63allback/datagouv?code=c&state=s", client)).status).toBe(429);
    expect(reached.length).toBe(before);
  });
});

describe("a store that cannot count attempts (full or read-only disk, Redis down)", () => {
  const failures = {
    "Redis down": () =>
      vi
        .spyOn(getStore(), "increment")
        .mockRejectedValueOnce(new StoreUnavailableError("Redis store: connection reconnecting")),
    "a full disk": () =>
      vi
        .spyOn(signInLimiter, "check")
        .mockRejectedValueOnce(Object.assign(new Error("disk full"), { code: "SQLITE_FULL" })),
  };
  it.each([
    ["Redis down", "POST", "/api/auth/callback/api-key"],
    ["Redis down", "GET", "/api/auth/callback/datagouv?code=c&state=s"],
    ["a full disk", "POST", "/api/auth/callback/api-key"],
    ["a full disk", "GET", "/api/auth/callback/datagouv?code=c&state=s"],
  ] as const)(
    "with %s, refuses the sign-in (%s %s) with a 503 in French, without next-auth",
    async (failure, method, path) => {
      failures[failure]();
      const before = reached.length;
      const refused = await call(method, path, newClient());
      expect(refused.status).toBe(503);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      const text = await refused.text();
      expect(text).toContain("La connexion est momentanément impossible");
      expect(text).toContain("le serveur ne peut pas enregistrer de session");
      expect(reached.length).toBe(before);
    },
  );
});

describe("the auth route's own answers", () => {
  it("sends a GET of the sign-in callback to the sign-in page, without next-auth (its answer: a 500)", async () => {
    const before = reached.length;
    for (const path of ["/api/auth/callback/api-key", "/api/auth/%63allback/api-key"]) {
      const answer = await call("GET", path, newClient());
      expect(answer.status).toBe(303);
      expect(answer.headers.get("location")).toBe("/sign-in");
    }
    expect(reached.length).toBe(before);
  });

  it("says a consent refused at data.gouv.fr itself, without next-auth (which would only say 'Callback')", async () => {
    const before = reached.length;
    const answer = await call("GET", "/api/auth/callback/datagouv?error=access_denied&state=s", newClient());
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe("/sign-in?error=OAuthDenied");
    expect(reached.length).toBe(before);
  });

  it("hands data.gouv.fr's return with a code to next-auth", async () => {
    await call("GET", "/api/auth/callback/datagouv?code=c&state=s", newClient());
    expect(reached.at(-1)).toBe("GET callback/datagouv");
  });

  it("refuses a session update without its CSRF token as JSON, in French", async () => {
    const answer = await call("POST", "/api/auth/session", newClient());
    expect(answer.status).toBe(403);
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(await answer.json()).toEqual({ message: expect.stringMatching(/^Requête refusée : le jeton CSRF/) });
  });

  it("does not offer next-auth's client logger, through which anyone could write to the server log", async () => {
    const before = reached.length;
    for (const path of ["/api/auth/_log", "/api/auth/_log/x"]) {
      expect((await call("POST", path, newClient())).status).toBe(404);
    }
    expect(reached.length).toBe(before);
  });

  it("hands next-auth a safe error code", async () => {
    const req = new NextRequest("http://127.0.0.1:3000/api/auth/error?error=%0d%0aFORGED");
    await GET(req, { params: Promise.resolve({ nextauth: ["error"] }) });
    expect(req.nextUrl.searchParams.get("error")).toBe("Default");
  });
});

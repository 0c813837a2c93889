import { decode, encode, type JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";

import { SESSION_MAX_AGE_S } from "./identity";
import { languageChoiceOf, sessionCookieInLocale } from "./session-language";

const BASE_URL = "http://127.0.0.1:3000";
const SECRET = "a-test-secret-of-next-auth-0123456789";

/** next-auth's own cutting point: a cookie value longer than this is split into `.0`, `.1`… (core/lib/cookie.js). */
const NEXT_AUTH_CHUNK_SIZE = 4096 - 163;

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

/** A session's JWT as next-auth writes it at sign-in (server/auth/options.ts). */
const sessionToken = (organizations = [{ id: "534fff4ca3a7292c64a77c95", name: "ADEME", slug: "ademe" }]) => ({
  sub: "5f0c1c7e8b1b4a0a9c0d0e0f",
  sid: "0123456789abcdef0123456789abcdef0123456789abcdef",
  name: "Ada Lovelace",
  slug: "ada-lovelace",
  picture: "https://static.data.gouv.fr/avatars/66/0d4c8d1a2b3c4d5e6f7a8b9c0d1e2f-100.png",
  roles: [],
  organizations,
  via: "api-key",
  locale: "fr",
});

const cookieOf = (token: JWT) => encode({ token, secret: SECRET, maxAge: SESSION_MAX_AGE_S });

describe("languageChoiceOf", () => {
  it("takes a language of the site and the dashboard page to come back to, its query included", () => {
    expect(languageChoiceOf(form({ locale: "en", back: "/dashboard/profile?tab=photo" }), BASE_URL)).toEqual({
      locale: "en",
      back: "/dashboard/profile?tab=photo",
    });
    expect(languageChoiceOf(form({ locale: "fr", back: "/dashboard" }), BASE_URL)).toEqual({
      locale: "fr",
      back: "/dashboard",
    });
  });

  it("takes no language that is not one of the site's", () => {
    for (const locale of ["de", "EN", "", "en-GB", "fr "]) {
      expect(languageChoiceOf(form({ locale, back: "/dashboard/metrics" }), BASE_URL)).toEqual({
        locale: null,
        back: "/dashboard/metrics",
      });
    }
    expect(languageChoiceOf(form({}), BASE_URL).locale).toBeNull();
  });

  it("comes back to the producer area's home rather than outside it, or outside the site", () => {
    const backs = [
      "/reuses",
      "/en/dashboard",
      "/dashboardx",
      "/dashboard/../reuses",
      "/api/auth/signout",
      "https://evil.example/dashboard",
      "//evil.example/dashboard",
      "/\\evil.example/dashboard",
      "",
    ];
    for (const back of backs) expect(languageChoiceOf(form({ locale: "en", back }), BASE_URL).back).toBe("/dashboard");
    expect(languageChoiceOf(form({ locale: "en" }), BASE_URL).back).toBe("/dashboard");
  });
});

describe("sessionCookieInLocale", () => {
  it("writes the session again in the new language, everything else unchanged (the session id too)", async () => {
    const cookie = await sessionCookieInLocale(await cookieOf(sessionToken()), "en", SECRET);
    const token = await decode({ token: cookie?.value, secret: SECRET });
    expect(token).toMatchObject({ ...sessionToken(), locale: "en" });
    expect(Number(token?.exp) - Number(token?.iat)).toBe(SESSION_MAX_AGE_S);
  });

  it("sets it as next-auth does: HttpOnly, SameSite Lax, the whole site, for the session's lifetime", async () => {
    const before = Date.now();
    const cookie = await sessionCookieInLocale(await cookieOf(sessionToken()), "en", SECRET);
    expect(cookie?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: false });
    const expires = cookie?.options.expires.getTime() ?? 0;
    expect(expires).toBeGreaterThanOrEqual(before + SESSION_MAX_AGE_S * 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + SESSION_MAX_AGE_S * 1000);
  });

  // A cookie the dashboard could read was written whole (server/auth/session-cookie.ts reads no chunks); one of the
  // same length is whole too.
  it("keeps the cookie's length, under the 4 KB next-auth would split it at for a member of several organizations", async () => {
    const organizations = Array.from({ length: 8 }, (_, index) => ({
      id: `534fff4ca3a7292c64a77c${String(index).padStart(2, "0")}`,
      name: `Direction régionale de l'environnement, de l'aménagement et du logement n° ${index}`,
      slug: `direction-regionale-de-l-environnement-de-l-amenagement-et-du-logement-${index}`,
    }));
    const original = await cookieOf(sessionToken(organizations));
    const cookie = await sessionCookieInLocale(original, "en", SECRET);
    expect(cookie?.value.length).toBe(original.length);
    expect(original.length).toBeLessThan(NEXT_AUTH_CHUNK_SIZE);
  });

  it("writes nothing for a cookie that holds no session of this site", async () => {
    const { sid: _sid, ...withoutSessionId } = sessionToken();
    const foreign = await encode({ token: sessionToken(), secret: "another-site-secret-0123456789" });
    for (const value of [undefined, "", "not-a-jwt", foreign, await cookieOf(withoutSessionId)]) {
      expect(await sessionCookieInLocale(value, "en", SECRET)).toBeNull();
    }
  });
});

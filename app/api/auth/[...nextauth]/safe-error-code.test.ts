import { describe, expect, it } from "vitest";

import { makeErrorCodeSafe } from "./safe-error-code";

function made(path: string) {
  const url = new URL(path, "https://reutilisations.example");
  makeErrorCodeSafe(url.searchParams, url.pathname.split("/").slice(3).map(decodeURIComponent));
  return url.searchParams.getAll("error");
}

describe("makeErrorCodeSafe", () => {
  it("keeps a code", () => {
    expect(made("/api/auth/error?error=CredentialsSignin")).toEqual(["CredentialsSignin"]);
    expect(made("/api/auth/signin?error=SessionExpired")).toEqual(["SessionExpired"]);
  });

  it("replaces anything else by Default: CR and LF, markup, repeated values", () => {
    expect(made("/api/auth/error?error=%0d%0aFORGED%20line")).toEqual(["Default"]);
    expect(made("/api/auth/error?error=%3Cscript%3Ealert(1)%3C%2Fscript%3E")).toEqual(["Default"]);
    expect(made("/api/auth/session?error=a%22b")).toEqual(["Default"]);
    expect(made("/api/auth/error?error=x%0a&error=CredentialsSignin")).toEqual(["Default"]);
    expect(made(`/api/auth/error?error=${"a".repeat(65)}`)).toEqual(["Default"]);
  });

  it("reads the code of the error action from its segment when the query has none", () => {
    expect(made("/api/auth/error/%0d%0aFORGED")).toEqual(["Default"]);
    expect(made("/api/auth/error/AccessDenied")).toEqual(["AccessDenied"]);
    expect(made("/api/auth/error")).toEqual(["Default"]);
  });

  it("leaves other actions without an error alone (their second segment is a provider)", () => {
    expect(made("/api/auth/callback/api-key")).toEqual([]);
    expect(made("/api/auth/signin/%0d%0a")).toEqual([]);
  });
});

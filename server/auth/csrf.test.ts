import { createRequire } from "node:module";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { csrfTokenOf, newCsrfCookie } from "./csrf";

// next-auth's own CSRF check, which its package does not export: loaded by path, to prove our cookie is its.
const { createCSRFToken } = createRequire(import.meta.url)(
  path.resolve("node_modules/next-auth/core/lib/csrf-token.js"),
) as {
  createCSRFToken: (params: {
    options: { secret: string };
    cookieValue?: string;
    isPost: boolean;
    bodyValue?: string;
  }) => {
    csrfToken: string;
    csrfTokenVerified?: boolean;
    cookie?: string;
  };
};

const secret = "a-secret-of-sufficient-length";

describe("the sign-in CSRF cookie", () => {
  it("is one next-auth accepts, with the token the page carries", () => {
    const { token, cookieValue } = newCsrfCookie(secret);
    const checked = createCSRFToken({ options: { secret }, cookieValue, isPost: true, bodyValue: token });
    expect(checked).toEqual({ csrfToken: token, csrfTokenVerified: true });
  });

  it("gives back the token of a cookie next-auth set", () => {
    const { cookie, csrfToken } = createCSRFToken({ options: { secret }, isPost: false });
    expect(cookie).toBeDefined();
    expect(csrfTokenOf(cookie, secret)).toBe(csrfToken);
  });

  it("refuses a cookie signed with another secret, or forged", () => {
    const { token, cookieValue } = newCsrfCookie("another-secret-of-some-length");
    expect(csrfTokenOf(cookieValue, secret)).toBeNull();
    expect(csrfTokenOf(`${token}|${"0".repeat(64)}`, secret)).toBeNull();
    expect(csrfTokenOf("garbage", secret)).toBeNull();
    expect(csrfTokenOf(undefined, secret)).toBeNull();
  });
});

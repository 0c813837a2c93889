import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

import { env } from "~/server/env";
import { SECURE_COOKIES } from "./session-cookie";

/** next-auth's double-submit CSRF cookie (next-auth 4, pinned: its format is checked by csrf.test.ts). */
export const CSRF_COOKIE = `${SECURE_COOKIES ? "__Host-" : ""}next-auth.csrf-token`;

/** Request header through which proxy.ts hands the sign-in page the token of the cookie it just set. */
export const CSRF_TOKEN_HEADER = "x-sign-in-csrf-token";

function hashOf(token: string, secret: string) {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

/** The token of a CSRF cookie this site set, or null. */
export function csrfTokenOf(cookieValue: string | undefined, secret = env.NEXTAUTH_SECRET): string | null {
  const [token, hash] = cookieValue?.split("|") ?? [];
  if (!token || !hash || !secret) return null;
  const expected = Buffer.from(hashOf(token, secret));
  const actual = Buffer.from(hash);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? token : null;
}

/**
 * A new CSRF token and the cookie value next-auth expects with it. The sign-in form must work without
 * JavaScript, so the page itself carries the token (next-auth's client would fetch /api/auth/csrf for it).
 */
export function newCsrfCookie(secret: string): { token: string; cookieValue: string } {
  const token = randomBytes(32).toString("hex");
  return { token, cookieValue: `${token}|${hashOf(token, secret)}` };
}

import { type NextRequest, NextResponse } from "next/server";

import { CSRF_COOKIE, CSRF_TOKEN_HEADER, csrfTokenOf, newCsrfCookie } from "~/server/auth/csrf";
import { SECURE_COOKIES, SESSION_COOKIE, sessionFromCookie } from "~/server/auth/session-cookie";
import { env } from "~/server/env";

/**
 * Before /dashboard: a visitor without a valid session cookie goes to /sign-in (the pages and protectedProcedure
 * check the vault again: this is not the only lock). Before /sign-in: the page gets a CSRF token (and the browser
 * its cookie) so that the form works without JavaScript.
 */
export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === "/sign-in") return withCsrfToken(request);
  if (await sessionFromCookie(request.cookies.get(SESSION_COOKIE)?.value)) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

function withCsrfToken(request: NextRequest) {
  const headers = new Headers(request.headers);
  const existing = csrfTokenOf(request.cookies.get(CSRF_COOKIE)?.value);
  if (existing || !env.NEXTAUTH_SECRET) {
    headers.delete(CSRF_TOKEN_HEADER);
    if (existing) headers.set(CSRF_TOKEN_HEADER, existing);
    return NextResponse.next({ request: { headers } });
  }
  const { token, cookieValue } = newCsrfCookie(env.NEXTAUTH_SECRET);
  headers.set(CSRF_TOKEN_HEADER, token);
  const response = NextResponse.next({ request: { headers } });
  response.cookies.set(CSRF_COOKIE, cookieValue, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: SECURE_COOKIES,
  });
  return response;
}

export const config = { matcher: ["/dashboard/:path*", "/dashboard", "/sign-in"] };

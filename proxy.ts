import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";

import { isDashboardPath, splitLocale } from "~/lib/i18n/paths";
import { routing } from "~/lib/i18n/routing";
import { CSRF_COOKIE, CSRF_TOKEN_HEADER, csrfTokenOf, newCsrfCookie } from "~/server/auth/csrf";
import { SECURE_COOKIES, SESSION_COOKIE, sessionFromCookie } from "~/server/auth/session-cookie";
import { SIGN_IN_LOCALE_COOKIE } from "~/server/auth/session-locale";
import { env } from "~/server/env";
import { LOCALE_HEADER, SITE_PATH_HEADER } from "~/lib/i18n/request-headers";

const localeRouting = createMiddleware(routing);

/**
 * Every page goes through next-intl's routing (`/reuses` is rendered as app/[locale]/reuses with `fr`,
 * `/en/reuses` with `en`), and hands the page its own path (the language switch keeps it). Before /dashboard: a
 * visitor without a valid session cookie goes to /sign-in (the pages and protectedProcedure check the vault
 * again: this is not the only lock), and the producer area is rendered in the session's language. Before the
 * sign-in page: the page gets a CSRF token (and the browser its cookie) so that the form works without
 * JavaScript.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const { locale, path } = splitLocale(pathname);
  const headers = new Headers(request.headers);
  headers.set(SITE_PATH_HEADER, `${path}${search}`);
  if (isDashboardPath(path)) {
    // One address for the producer area, whatever its language: `/en/dashboard` is `/dashboard`.
    if (path !== pathname) return NextResponse.redirect(new URL(`${path}${search}`, request.url));
    return toDashboard(request, headers);
  }
  if (path !== "/sign-in") return localeRouting(new NextRequest(request.url, { headers }));
  const csrf = csrfCookieFor(request, headers);
  const response = localeRouting(new NextRequest(request.url, { headers }));
  const cookie = { httpOnly: true, sameSite: "lax", path: "/", secure: SECURE_COOKIES } as const;
  if (csrf) response.cookies.set(CSRF_COOKIE, csrf, cookie);
  // The language the session will open in (server/auth/options.ts), whichever way the visitor signs in.
  response.cookies.set(SIGN_IN_LOCALE_COOKIE, locale, cookie);
  return response;
}

async function toDashboard(request: NextRequest, headers: Headers) {
  const session = await sessionFromCookie(request.cookies.get(SESSION_COOKIE)?.value);
  if (!session) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    // A form posted without a session (to /dashboard/langue…) is not posted again to the sign-in page: 303.
    return NextResponse.redirect(signIn, request.method === "GET" || request.method === "HEAD" ? 307 : 303);
  }
  headers.set(LOCALE_HEADER, session.locale);
  const internal = new URL(`/${session.locale}${request.nextUrl.pathname}${request.nextUrl.search}`, request.url);
  return NextResponse.rewrite(internal, { request: { headers } });
}

/**
 * Puts the sign-in page's CSRF token in `headers` (CSRF_TOKEN_HEADER): the browser's, or a new one, whose cookie
 * value is returned for the answer to set.
 */
function csrfCookieFor(request: NextRequest, headers: Headers): string | undefined {
  const existing = csrfTokenOf(request.cookies.get(CSRF_COOKIE)?.value);
  headers.delete(CSRF_TOKEN_HEADER);
  if (existing) headers.set(CSRF_TOKEN_HEADER, existing);
  if (existing || !env.NEXTAUTH_SECRET) return undefined;
  const { token, cookieValue } = newCsrfCookie(env.NEXTAUTH_SECRET);
  headers.set(CSRF_TOKEN_HEADER, token);
  return cookieValue;
}

// Every page (the site's own paths), not its API, Next.js's files, nor the documents that have one language.
export const config = {
  matcher: ["/((?!api/|_next/|sitemaps/|sitemap\\.xml|robots\\.txt|icon\\.svg|oembed).*)"],
};

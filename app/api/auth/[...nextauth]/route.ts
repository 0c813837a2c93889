import NextAuth from "next-auth";
import type { NextRequest } from "next/server";

import {
  csrfRefused,
  inSignInLanguage,
  signInUnavailable,
  toSignInPage,
  tooManyAttempts,
  unknownAction,
} from "~/server/auth/auth-answers";
import { isSignInAttempt, nextAuthAction } from "~/server/auth/next-auth-action";
import { DATAGOUV_PROVIDER_ID } from "~/server/auth/datagouv-provider";
import { authOptions } from "~/server/auth/options";
import { signInLocale } from "~/server/auth/session-locale";
import type { Locale } from "~/lib/i18n/catalogs";
import { CLIENT_ADDRESS_HEADER, signInLimiter } from "~/server/auth/sign-in-limit";
import { env } from "~/server/env";
import { isStoreUnavailable } from "~/server/store/unavailable";
import { makeCallbackUrlSafe } from "./safe-callback-url";
import { makeErrorCodeSafe } from "./safe-error-code";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// next-auth 4 types its App Router handler loosely; this is the shape it has (it reads `req.nextUrl`).
const nextAuthHandler = NextAuth(authOptions) as (req: NextRequest, context: RouteContext) => Promise<Response>;

/**
 * next-auth, once the query values it would choke on are made safe (`segments` are the route's parameters); its
 * way back to the sign-in page leads to the one in the visitor's language.
 */
async function nextAuth(req: NextRequest, context: RouteContext, segments: string[]) {
  makeCallbackUrlSafe(req.nextUrl.searchParams, env.NEXTAUTH_URL);
  makeErrorCodeSafe(req.nextUrl.searchParams, segments);
  return inSignInLanguage(await nextAuthHandler(req, context), await signInLocale(), env.NEXTAUTH_URL);
}

/**
 * Counts a sign-in attempt: the refusal to answer when over the limit, or when the limit cannot be counted (the
 * store is down: an attempt is never let through uncounted); undefined when the attempt may go on.
 */
async function refusedAttempt(req: NextRequest, locale: Locale): Promise<Response | undefined> {
  try {
    const verdict = await signInLimiter.check(req.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown");
    return verdict.ok ? undefined : tooManyAttempts(verdict.retryAfterSeconds, locale);
  } catch (error) {
    if (isStoreUnavailable(error)) return signInUnavailable(locale);
    throw error;
  }
}

/** Whether the request is data.gouv.fr sending the user back (OAuth2), when the site has a client there. */
const isOAuthReturn = (segments: readonly string[]) =>
  env.DATAGOUV_OAUTH !== null && nextAuthAction(segments) === "callback" && segments[1] === DATAGOUV_PROVIDER_ID;

async function GET(req: NextRequest, context: RouteContext) {
  const segments = (await context.params).nextauth;
  const locale = await signInLocale();
  if (isOAuthReturn(segments)) {
    // Refused at data.gouv.fr (authlib's access_denied): next-auth would only say "Callback". Nothing is stored.
    if (req.nextUrl.searchParams.get("error") === "access_denied") return toSignInPage(locale, "OAuthDenied");
    // Exchanging a code signs in: the same limit as the key form.
    return (await refusedAttempt(req, locale)) ?? nextAuth(req, context, segments);
  }
  // The key form posts to its callback; whoever opens that address is shown the form.
  if (nextAuthAction(segments) === "callback") return toSignInPage(locale);
  return nextAuth(req, context, segments);
}

/**
 * Sign-in attempts are rate-limited per client address before next-auth sees them, on the action next-auth will
 * resolve from the decoded segments (not on the path: `/api/auth/%63allback/api-key` signs in too).
 */
async function POST(req: NextRequest, context: RouteContext) {
  const segments = (await context.params).nextauth;
  const action = nextAuthAction(segments);
  if (action === "_log") return unknownAction();
  if (isSignInAttempt(action)) {
    const refused = await refusedAttempt(req, await signInLocale());
    if (refused) return refused;
  }
  const response = await nextAuth(req, context, segments);
  // The only 400 of a session update: its CSRF token is missing or wrong.
  return action === "session" && response.status === 400 ? csrfRefused(response) : response;
}

export { GET, POST };

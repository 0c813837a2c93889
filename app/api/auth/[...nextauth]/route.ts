import NextAuth from "next-auth";
import type { NextRequest } from "next/server";

import {
  csrfRefused,
  inSignInLanguage,
  storeUnavailable,
  toSignInPage,
  tooManyAttempts,
  unknownAction,
} from "~/server/auth/auth-answers";
import { isSignInAttempt, nextAuthAction } from "~/server/auth/next-auth-action";
import { DATAGOUV_PROVIDER_ID } from "~/server/auth/datagouv-provider";
import { authOptions } from "~/server/auth/options";
import { signInLocale } from "~/server/auth/session-locale";
import { CLIENT_ADDRESS_HEADER, signInLimiter } from "~/server/auth/sign-in-limit";
import { env } from "~/server/env";
import { createOutageLog } from "~/server/store/outage-log";
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

const storeOutage = createOutageLog();

/** The sign-in limit's verdict on the attempt, or null when the store cannot count it (the attempt is refused). */
async function countAttempt(req: NextRequest) {
  try {
    const verdict = await signInLimiter.check(req.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown");
    storeOutage.recovered();
    return verdict;
  } catch (error) {
    const code = error instanceof Error ? ("code" in error ? String(error.code) : error.name) : typeof error;
    storeOutage.failed(`sign-in: store unavailable, attempts refused (${code})`);
    return null;
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
    const verdict = await countAttempt(req);
    if (!verdict) return storeUnavailable(locale);
    if (!verdict.ok) return tooManyAttempts(verdict.retryAfterSeconds, locale);
    return nextAuth(req, context, segments);
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
    const verdict = await countAttempt(req);
    if (!verdict) return storeUnavailable(await signInLocale());
    if (!verdict.ok) return tooManyAttempts(verdict.retryAfterSeconds, await signInLocale());
  }
  const response = await nextAuth(req, context, segments);
  // The only 400 of a session update: its CSRF token is missing or wrong.
  return action === "session" && response.status === 400 ? csrfRefused(response) : response;
}

export { GET, POST };

import NextAuth from "next-auth";
import type { NextRequest } from "next/server";

import { tooManyAttempts, unknownAction } from "~/server/auth/auth-answers";
import { isSignInAttempt, nextAuthAction } from "~/server/auth/next-auth-action";
import { authOptions } from "~/server/auth/options";
import { CLIENT_ADDRESS_HEADER, signInLimiter } from "~/server/auth/sign-in-limit";
import { env } from "~/server/env";
import { makeCallbackUrlSafe } from "./safe-callback-url";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// next-auth 4 types its App Router handler loosely; this is the shape it has (it reads `req.nextUrl`).
const nextAuthHandler = NextAuth(authOptions) as (req: NextRequest, context: RouteContext) => Promise<Response>;

function nextAuth(req: NextRequest, context: RouteContext) {
  makeCallbackUrlSafe(req.nextUrl.searchParams, env.NEXTAUTH_URL);
  return nextAuthHandler(req, context);
}

/**
 * Sign-in attempts are rate-limited per client address before next-auth sees them, on the action next-auth will
 * resolve from the decoded segments (not on the path: `/api/auth/%63allback/api-key` signs in too).
 */
async function POST(req: NextRequest, context: RouteContext) {
  const action = nextAuthAction((await context.params).nextauth);
  if (action === "_log") return unknownAction();
  if (isSignInAttempt(action)) {
    const verdict = await signInLimiter.check(req.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown");
    if (!verdict.ok) return tooManyAttempts(verdict.retryAfterSeconds);
  }
  return nextAuth(req, context);
}

export { nextAuth as GET, POST };

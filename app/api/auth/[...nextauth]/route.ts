import NextAuth from "next-auth";
import type { NextRequest } from "next/server";

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

/** Sign-in attempts are rate-limited per client address before next-auth sees them. */
async function POST(req: NextRequest, context: RouteContext) {
  if (new URL(req.url).pathname === "/api/auth/callback/api-key") {
    const verdict = await signInLimiter.check(req.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown");
    if (!verdict.ok) {
      return new Response(
        '<!doctype html><html lang="fr"><title>Trop de tentatives</title><p>Trop de tentatives de connexion. ' +
          'Patientez une minute avant de réessayer.</p><p><a href="/sign-in">Revenir à la connexion</a></p></html>',
        {
          status: 429,
          headers: { "content-type": "text/html; charset=utf-8", "retry-after": String(verdict.retryAfterSeconds) },
        },
      );
    }
  }
  return nextAuth(req, context);
}

export { nextAuth as GET, POST };

import NextAuth from "next-auth";

import { authOptions } from "~/server/auth/options";
import { CLIENT_ADDRESS_HEADER, signInLimiter } from "~/server/auth/sign-in-limit";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// next-auth 4 types its App Router handler loosely; this is the shape it has.
const nextAuth = NextAuth(authOptions) as (req: Request, context: RouteContext) => Promise<Response>;

/** Sign-in attempts are rate-limited per client address before next-auth sees them. */
async function POST(req: Request, context: RouteContext) {
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

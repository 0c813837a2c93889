import "server-only";

import type { SignInError } from "~/lib/auth/sign-in-errors";
import { reasonText } from "~/server/api/lib/reason-error";

// The site's own answers on /api/auth, where next-auth's would be a 500, an unreadable body, or none.

/** A sign-in attempt over the limit (HTML for the form without JavaScript; the script reads the status). */
export function tooManyAttempts(retryAfterSeconds: number): Response {
  return new Response(
    '<!doctype html><html lang="fr"><title>Trop de tentatives</title><p>Trop de tentatives de connexion. ' +
      'Patientez une minute avant de réessayer.</p><p><a href="/sign-in">Revenir à la connexion</a></p></html>',
    {
      status: 429,
      headers: { "content-type": "text/html; charset=utf-8", "retry-after": String(retryAfterSeconds) },
    },
  );
}

/**
 * To the sign-in form (next-auth answers a GET of its sign-in callback with a 500), saying why when there is a
 * reason (`/sign-in?error=…`, lib/auth/sign-in-errors.ts).
 */
export function toSignInPage(reason?: SignInError): Response {
  const location = reason ? `/sign-in?error=${reason}` : "/sign-in";
  return new Response(null, { status: 303, headers: { location } });
}

/** An action the site does not use, such as `_log` (next-auth's client logger, which writes to the server's log). */
export function unknownAction(): Response {
  return Response.json({ message: reasonText("noSuchAction") }, { status: 404 });
}

/**
 * A session update without a valid CSRF token: next-auth refuses it with a 400 whose body reads "[object Object]".
 * Its headers (the CSRF cookie it may set) are kept.
 */
export function csrfRefused(refusal: Response): Response {
  const headers = new Headers(refusal.headers);
  headers.set("content-type", "application/json");
  const message = reasonText("csrfRefused");
  return new Response(JSON.stringify({ message }), { status: 403, headers });
}

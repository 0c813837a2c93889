import "server-only";

/** The site's own answers on /api/auth. */

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

/** An action the site does not use, such as `_log` (next-auth's client logger, which writes to the server's log). */
export function unknownAction(): Response {
  return Response.json({ message: "Cette adresse ne correspond à aucune action." }, { status: 404 });
}

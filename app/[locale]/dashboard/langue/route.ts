import { cookies } from "next/headers";

import { seeOther } from "~/server/api/form-post";
import { DEFAULT_CALLBACK_PATH } from "~/server/auth/redirects";
import { getSessionUnlessStoreDown } from "~/server/auth/session";
import { SESSION_COOKIE } from "~/server/auth/session-cookie";
import { languageChoiceOf, sessionCookieInLocale } from "~/server/auth/session-language";
import { env } from "~/server/env";
import { isSameOrigin } from "~/server/http/same-origin";
import { localeOf } from "~/lib/i18n/paths";
import { translatorFor } from "~/lib/i18n/translator";

/**
 * The producer area's language (the form of every dashboard page, which works without JavaScript): stored in the
 * session's cookie, then back to the page the form was on, now in that language.
 */
export async function POST(req: Request, { params }: RouteContext<"/[locale]/dashboard/langue">) {
  if (!isSameOrigin(req.headers)) return new Response(null, { status: 403 });
  const form = await req.formData().catch(() => new FormData());
  const { locale, back } = languageChoiceOf(form, env.NEXTAUTH_URL);
  const session = await getSessionUnlessStoreDown();
  if (session === "unavailable") {
    // The session cannot be checked (the store is down): nothing changes, and the producer is told so.
    const text = translatorFor("errors", localeOf((await params).locale))("serviceUnavailable");
    return new Response(text, { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (!session) return seeOther(`/sign-in?callbackUrl=${encodeURIComponent(back)}`);
  const jar = await cookies();
  const cookie =
    locale && (await sessionCookieInLocale(jar.get(SESSION_COOKIE)?.value, locale, env.NEXTAUTH_SECRET ?? ""));
  // Next.js adds the cookies set here to the answer.
  if (cookie) jar.set(SESSION_COOKIE, cookie.value, cookie.options);
  return seeOther(back);
}

/** Opened rather than posted to (or reloaded): the producer area's home, nothing changed. */
export function GET() {
  return seeOther(DEFAULT_CALLBACK_PATH);
}

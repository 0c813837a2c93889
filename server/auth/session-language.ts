import "server-only";

import { decode, encode } from "next-auth/jwt";
import { z } from "zod";

import { LOCALES, type Locale } from "~/lib/i18n/locales";
import { isDashboardPath } from "~/lib/i18n/paths";
import { SESSION_MAX_AGE_S, sessionTokenSchema } from "./identity";
import { DEFAULT_CALLBACK_PATH, safeCallbackPath } from "./redirects";
import { SECURE_COOKIES } from "./session-cookie";

/** The producer area's language form (components/dashboard/shell/language-form.tsx). */
const languageChoiceSchema = z.object({ locale: z.enum(LOCALES) });

/**
 * What the language form asks for: a language of the site (null for anything else), and the page of the producer
 * area to come back to (its home when `back` is missing, leaves the site or the producer area).
 */
export function languageChoiceOf(form: FormData, baseUrl: string): { locale: Locale | null; back: string } {
  const back = form.get("back");
  const path = safeCallbackPath(typeof back === "string" ? back : null, baseUrl);
  const choice = languageChoiceSchema.safeParse({ locale: form.get("locale") });
  return {
    locale: choice.success ? choice.data.locale : null,
    back: isDashboardPath(path) ? path : DEFAULT_CALLBACK_PATH,
  };
}

/**
 * next-auth's session cookie, written again with another language and everything else unchanged (the session id
 * too: the vault entry and the session stay as they are): the same secret, lifetime and attributes as next-auth's
 * (node_modules/next-auth/core/routes/session.js, core/lib/cookie.js). null for a cookie that holds no session.
 * next-auth splits a cookie over 4 KB into `.0`, `.1`… chunks; this one keeps the length of the cookie read
 * (`fr` and `en` are as long), which was written whole (server/auth/session-cookie.ts reads no chunks).
 */
export async function sessionCookieInLocale(cookieValue: string | undefined, locale: Locale, secret: string) {
  if (!cookieValue) return null;
  const token = await decode({ token: cookieValue, secret }).catch(() => null);
  if (!token || !sessionTokenSchema.safeParse(token).success) return null;
  // `encode` sets the token's iat, exp and jti anew, as next-auth does on every read of the session.
  const value = await encode({ token: { ...token, locale }, secret, maxAge: SESSION_MAX_AGE_S });
  const expires = new Date(Date.now() + SESSION_MAX_AGE_S * 1000);
  const options = { httpOnly: true, sameSite: "lax", path: "/", secure: SECURE_COOKIES, expires } as const;
  return { value, options };
}

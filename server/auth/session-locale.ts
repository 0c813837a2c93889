import "server-only";

import { cookies } from "next/headers";

import { DEFAULT_LOCALE, type Locale } from "~/lib/i18n/locales";
import { isLocale } from "~/lib/i18n/paths";

/**
 * The language of the sign-in page last shown to this browser (set by proxy.ts): a new session opens in it, so
 * that someone who signs in from `/en/sign-in` finds the producer area in English.
 */
export const SIGN_IN_LOCALE_COOKIE = "sign-in-locale";

/** The language a session opening now gets: the sign-in page's, or the default. */
export async function signInLocale(): Promise<Locale> {
  try {
    const value = (await cookies()).get(SIGN_IN_LOCALE_COOKIE)?.value;
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    // Outside a request (a script calling the callback directly has no such cookie either).
    return DEFAULT_LOCALE;
  }
}

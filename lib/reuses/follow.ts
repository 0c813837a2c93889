import type { Locale } from "~/lib/i18n/locales";
import { localizedPath } from "~/lib/i18n/paths";
import { reusePath } from "~/lib/site-urls";

/** The follow button's place on the reuse page: a no-JavaScript follow comes back there. */
export const FOLLOW_ANCHOR = "suivre";

/** Signed out, "Suivre" leads to the sign-in page, which comes back to the reuse (both in the page's language). */
export function signInToFollow(slug: string, locale: Locale): string {
  const back = localizedPath(locale, reusePath(slug));
  return localizedPath(locale, `/sign-in?callbackUrl=${encodeURIComponent(back)}`);
}

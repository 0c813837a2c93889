import { defineRouting } from "next-intl/routing";

import { DEFAULT_LOCALE, LOCALES } from "./locales";

/**
 * next-intl's routing: French at the unprefixed URLs, English under `/en/…` (`/fr/…` redirects to the unprefixed
 * URL). No detection: a visitor (or a crawler) is never redirected by their Accept-Language or a cookie, the
 * URL alone says the language (the header suggests the other one instead). The hreflang alternates are in
 * each page's head (see alternatesOf), not in a Link header.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false,
});

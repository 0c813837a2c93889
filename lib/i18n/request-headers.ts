/**
 * Request headers that proxy.ts sets for the page it hands on (whatever the client sent under these names is
 * replaced there, never read).
 */

/** The page's own path and query, in the default language (`/reuses?q=x` for `/en/reuses?q=x`). */
export const SITE_PATH_HEADER = "x-site-path";

/**
 * next-intl's header of the request's language (`HEADER_LOCALE_NAME`, not exported): what its middleware sets
 * and `requestLocale` reads. The producer area's language is the session's, set here by proxy.ts; a test checks
 * that next-intl's middleware still uses this name.
 */
export const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

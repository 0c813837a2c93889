import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";

/**
 * The producer area (and the site's API) has one set of URLs: its language is the one chosen for the session,
 * not the URL's.
 */
const UNPREFIXED = /^\/(?:dashboard|api)(?:[/?#]|$)/;

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** Whether `path` is the producer area's (`/dashboard`, `/dashboard/…`), whatever its query. */
export function isDashboardPath(path: string): boolean {
  return /^\/dashboard(?:[/?#]|$)/.test(path);
}

/**
 * The URL path of a page of the site in `locale`, from its path in the default language (`/reuses?q=x` →
 * `/en/reuses?q=x`). Paths that are not the site's own (`https://…`, `#top`, `?page=2`) stay as they are.
 */
export function localizedPath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE || !path.startsWith("/") || path.startsWith("//") || UNPREFIXED.test(path)) {
    return path;
  }
  // Already a path of a language (`/en/…`): as it is, so that a path localized twice is still right.
  if (splitLocale(path).locale !== DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : /^\/[?#]/.test(path) ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/** A URL path split into its language and its path in the default language (`/en/reuses` → en, `/reuses`). */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(?=[/?#]|$)/.exec(path);
  const prefix = match?.[1];
  if (prefix === undefined || prefix === DEFAULT_LOCALE || !isLocale(prefix)) return { locale: DEFAULT_LOCALE, path };
  const rest = path.slice(prefix.length + 1);
  return { locale: prefix, path: rest === "" ? "/" : rest.startsWith("/") ? rest : `/${rest}` };
}

/** A route's `[locale]` parameter as a language (proxy.ts only lets the site's languages through). */
export function localeOf(param: string): Locale {
  return isLocale(param) ? param : DEFAULT_LOCALE;
}

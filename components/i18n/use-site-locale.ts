"use client";

import { useParams } from "next/navigation";

import { DEFAULT_LOCALE, type Locale } from "~/lib/i18n/locales";
import { isLocale } from "~/lib/i18n/paths";

/**
 * The language of the page a client component is on: its `[locale]` segment (app/[locale]), which proxy.ts
 * sets from the URL, or from the session in the producer area. Read from the route rather than from next-intl's
 * client provider: public pages carry none (nor a catalog) into the browser.
 */
export function useSiteLocale(): Locale {
  const locale = useParams<{ locale?: string }>()?.locale;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

"use client";

import NextLink from "next/link";
import type { ComponentProps } from "react";

import type { Locale } from "~/lib/i18n/locales";

import { useSiteLocale } from "~/components/i18n/use-site-locale";
import { localizedPath } from "~/lib/i18n/paths";

/**
 * Next.js's Link, in the page's language and without prefetching. A path of the site is written in the default
 * language (`/reuses`) and goes to the page's (`/en/reuses` on an English page; the producer area has one set of
 * URLs). No prefetch: our pages are rendered per request from data.gouv.fr's answers, and a prefetch renders the
 * target page, upstream calls included, for every link that scrolls into view (a listing has dozens), for pages
 * most visitors never open. ESLint sends every import of next/link here.
 */
export function Link({ href, locale, ...props }: Omit<ComponentProps<typeof NextLink>, "locale"> & LinkLocale) {
  const pageLocale = useSiteLocale();
  const target = typeof href === "string" ? localizedPath(locale ?? pageLocale, href) : href;
  return <NextLink prefetch={false} href={target} {...props} />;
}

interface LinkLocale {
  /** The language of the page the link goes to, when it is not this page's (a language switch). */
  locale?: Locale;
}

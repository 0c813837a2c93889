"use client";

import type { ReactNode } from "react";

import { contentLang } from "~/lib/i18n/locales";
import { useSiteLocale } from "./use-site-locale";

/**
 * data.gouv.fr's own words (a title, a message) inside a page in another language: not translated, and said to
 * be French, so that screen readers read them as such. Plain text where the page is French.
 */
export function Content({ children }: { children: ReactNode }) {
  const lang = contentLang(useSiteLocale());
  return lang ? <span lang={lang}>{children}</span> : children;
}

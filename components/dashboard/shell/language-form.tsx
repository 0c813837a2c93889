"use client";

import { useTranslations } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { useId } from "react";

import { useSiteLocale } from "~/components/i18n/use-site-locale";
import { LOCALES, type Locale } from "~/lib/i18n/locales";

/** A language's name in itself ("français", "English"), from the runtime's CLDR data. */
const nameOf = (locale: Locale) => new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;

/**
 * The producer area's language, on every dashboard page: a plain form (it works without JavaScript) that stores
 * the choice in the session (app/[locale]/dashboard/langue) and comes back to this page. Each language is named
 * in itself, and marked so. A client component for the path to come back to: the layout around it stays the same
 * while the producer moves from page to page.
 */
export function LanguageForm() {
  const t = useTranslations("dashboard.language");
  const current = useSiteLocale();
  const query = useSearchParams().toString();
  const back = `${usePathname()}${query ? `?${query}` : ""}`;
  const labelId = useId();
  return (
    <form method="post" action="/dashboard/langue" className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="back" value={back} />
      <span id={labelId}>{t("label")}</span>
      <div role="group" aria-labelledby={labelId} className="flex gap-1">
        {LOCALES.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-pressed={locale === current}
            className={`min-h-11 rounded border border-brand px-3 py-1.5 capitalize ${
              locale === current ? "bg-brand font-semibold text-white" : "text-brand"
            }`}
          >
            {nameOf(locale)}
          </button>
        ))}
      </div>
    </form>
  );
}

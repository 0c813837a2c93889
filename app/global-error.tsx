"use client";

import { useSiteLocale } from "~/components/i18n/use-site-locale";
import { localizedPath } from "~/lib/i18n/paths";
import "./globals.css";

/**
 * The few words of the last resort, in each language. They stay here rather than in the catalog: this boundary
 * stands outside every provider, and Next.js bundles it with the app's root (the catalog would weigh on every
 * page's scripts).
 */
const WORDS = {
  fr: {
    title: "Une erreur est survenue",
    text: "Cette page n'a pas pu être affichée. Réessayez dans un instant.",
    retry: "Réessayer",
    seeReuses: "Voir les réutilisations",
  },
  en: {
    title: "Something went wrong",
    text: "This page could not be shown. Try again in a moment.",
    retry: "Try again",
    seeReuses: "See the reuses",
  },
} as const;

/**
 * The last resort, when even the root layout (or a page's metadata) fails: the whole document, in the page's
 * language, without details (they are in the server's log). The front server sends it with status 500.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useSiteLocale();
  const words = WORDS[locale];
  return (
    <html lang={locale}>
      <body className="mx-auto max-w-2xl px-4 py-12 font-sans">
        <h1 className="text-3xl font-bold">{words.title}</h1>
        <p className="mt-4">{words.text}</p>
        <p className="mt-4 flex gap-6">
          <button type="button" onClick={reset} className="text-brand underline">
            {words.retry}
          </button>
          {/* A full reload: the app itself failed. */}
          <a href={localizedPath(locale, "/reuses")}>{words.seeReuses}</a>
        </p>
      </body>
    </html>
  );
}

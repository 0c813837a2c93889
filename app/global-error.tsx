"use client";

import "./globals.css";

/**
 * The last resort, when even the root layout (or a page's metadata) fails: the whole document, in French,
 * without details (they are in the server's log). The front server sends it with status 500. Its few words stay
 * here, in the default language: it stands outside every provider, and the catalog would weigh on every page's
 * scripts (Next.js bundles this boundary with the app's root).
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body className="mx-auto max-w-2xl px-4 py-12 font-sans">
        <h1 className="text-3xl font-bold">Une erreur est survenue</h1>
        <p className="mt-4">Cette page n&apos;a pas pu être affichée. Réessayez dans un instant.</p>
        <p className="mt-4 flex gap-6">
          <button type="button" onClick={reset} className="text-brand underline">
            Réessayer
          </button>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload: the app itself failed */}
          <a href="/reuses">Voir les réutilisations</a>
        </p>
      </body>
    </html>
  );
}

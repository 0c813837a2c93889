"use client";

import { Link } from "~/components/link";
import { HttpStatus } from "~/components/http-status";

/** Shown when a page fails in a way nobody planned for: a bug. No details, which are in the server's log. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl">
      <HttpStatus code={500} />
      <h1 className="text-3xl font-bold">Une erreur est survenue</h1>
      <p className="mt-4">Cette page n&apos;a pas pu être affichée. Réessayez dans un instant.</p>
      <p className="mt-4 flex gap-6">
        <button type="button" onClick={reset} className="text-brand underline">
          Réessayer
        </button>
        <Link href="/reuses">Voir les réutilisations</Link>
      </p>
    </div>
  );
}

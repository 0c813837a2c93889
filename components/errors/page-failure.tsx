import { Link } from "~/components/link";
import { HttpStatus } from "~/components/http-status";
import { NotFoundView } from "./not-found-view";
import type { PageFailure } from "~/server/pages/page-data";

/** The page shown instead of one whose data could not be had: a 404, a 410 or a 502/503/504 with a retry. */
export function PageFailureView({ failure, retryHref }: { failure: PageFailure; retryHref: string }) {
  // Not notFound(): thrown once the page has started rendering, it leaves an empty document that only JavaScript
  // fills. The status mark makes the front server answer 404 all the same.
  if (failure.kind === "not-found") {
    return (
      <>
        <HttpStatus code={404} />
        <NotFoundView />
      </>
    );
  }
  if (failure.kind === "gone") {
    return (
      <div className="max-w-2xl">
        <HttpStatus code={410} />
        <h1 className="text-3xl font-bold">Cette réutilisation a été supprimée</h1>
        <p className="mt-4">Son producteur l&apos;a retirée de data.gouv.fr. Elle n&apos;est plus disponible.</p>
        <p className="mt-4">
          <Link href="/reuses">Voir les autres réutilisations</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <HttpStatus code={failure.status} />
      <h1 className="text-3xl font-bold">Page momentanément indisponible</h1>
      <p className="mt-4">{failure.message}</p>
      <p className="mt-4">
        <a href={retryHref}>Réessayer</a>
      </p>
    </div>
  );
}

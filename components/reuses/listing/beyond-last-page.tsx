import { Link } from "~/components/link";
import { HttpStatus } from "~/components/http-status";

/** A page number past the end of the list: a 404 that says so, with the way back to the first page. */
export function BeyondLastPage({ firstPageHref }: { firstPageHref: string }) {
  return (
    <div className="max-w-2xl">
      <HttpStatus code={404} />
      <h1 className="text-3xl font-bold">Cette page de résultats n’existe pas</h1>
      <p className="mt-4">La liste s’arrête avant : elle compte moins de pages que le numéro demandé.</p>
      <p className="mt-4">
        <Link href={firstPageHref}>Revenir à la première page des résultats</Link>
      </p>
    </div>
  );
}

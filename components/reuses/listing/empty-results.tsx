import { Link } from "~/components/link";
import { type ListingState } from "~/lib/reuses/listing-state";
import { isFiltered, listingHref } from "./listing-url";
import { LISTING_PATH } from "~/lib/reuses/listing-params";

/** No reuse matches: what to try next, with links that widen the search. */
export function EmptyResults({ state }: { state: ListingState }) {
  const narrowed = Boolean(state.type || state.topic || state.tags.length > 0 || state.organization);
  return (
    <div className="mt-6 max-w-2xl rounded border border-line bg-surface p-6">
      <p className="text-lg font-semibold">Aucune réutilisation ne correspond à votre recherche.</p>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        {state.q && <li>Vérifiez l&apos;orthographe des mots recherchés, ou essayez des mots plus généraux.</li>}
        {narrowed && <li>Retirez un des filtres actifs ci-dessus, ou choisissez-en un autre.</li>}
        {!state.q && !narrowed && <li>Aucune réutilisation n&apos;est publiée pour le moment.</li>}
      </ul>
      <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        {state.q && narrowed && (
          <Link href={listingHref({ tags: [], page: 1, q: state.q })}>Rechercher « {state.q} » sans filtre</Link>
        )}
        {isFiltered(state) && <Link href={LISTING_PATH}>Voir toutes les réutilisations</Link>}
      </p>
    </div>
  );
}

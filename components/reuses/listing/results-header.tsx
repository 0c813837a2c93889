import type { ListingSort, ListingState } from "~/lib/reuses/listing-state";
import { FILTERS_FORM_ID } from "./listing-filters";
import { CONTROL, PRIMARY_BUTTON } from "~/components/ui/styles";
import { countOf, formatNumber } from "~/components/ui/format";

const SORT_LABELS: Record<ListingSort, string> = {
  "-created": "Les plus récentes",
  "-followers": "Les plus suivies",
  "-views": "Les plus vues",
  "-datasets": "Le plus de jeux de données",
};

/** "1 234 réutilisations", the page, and the sort menu (a field of the filters' form). */
export function ResultsHeader({ state, total, last }: { state: ListingState; total: number; last: number }) {
  // The default order has no value: by relevance for a search, else newest first.
  const orders = Object.entries(SORT_LABELS).filter(([sort]) => state.q || sort !== "-created");
  return (
    <div className="mt-8 flex flex-wrap items-end justify-between gap-4 border-b border-line pb-4">
      <div>
        <h2 id="results-count" className="text-2xl font-bold">
          {countLabel(total)}
        </h2>
        {last > 1 && (
          <p className="text-sm text-muted">
            Page {formatNumber(state.page)} sur {formatNumber(last)}
          </p>
        )}
      </div>
      {total <= 1 && state.sort && <input type="hidden" name="sort" form={FILTERS_FORM_ID} value={state.sort} />}
      {total > 1 && (
        <div className="flex items-end gap-2">
          <div>
            <label htmlFor="sort" className="block text-sm font-semibold">
              Trier par
            </label>
            <select
              id="sort"
              name="sort"
              form={FILTERS_FORM_ID}
              defaultValue={state.sort ?? ""}
              autoComplete="off"
              className={`mt-1 ${CONTROL}`}
            >
              <option value="">{state.q ? "Pertinence" : SORT_LABELS["-created"]}</option>
              {orders.map(([sort, label]) => (
                <option key={sort} value={sort}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" form={FILTERS_FORM_ID} className={PRIMARY_BUTTON}>
            Trier
          </button>
        </div>
      )}
    </div>
  );
}

function countLabel(total: number): string {
  if (total === 0) return "Aucune réutilisation";
  return countOf(total, "réutilisation", "réutilisations");
}

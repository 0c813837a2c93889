import { useTranslations } from "next-intl";

import type { ListingSort, ListingState } from "~/lib/reuses/listing-state";
import { FILTERS_FORM_ID } from "./listing-filters";
import { SyncedSelect } from "~/components/search/synced-select";
import { CONTROL, PRIMARY_BUTTON } from "~/components/ui/styles";

/** Each order's key in the catalog's `listing`. */
const SORT_LABELS = {
  "-created": "sortNewest",
  "-followers": "sortFollowers",
  "-views": "sortViews",
  "-datasets": "sortDatasets",
} as const satisfies Record<ListingSort, string>;

/** "1 234 réutilisations", the page, and the sort menu (a field of the filters' form). */
export function ResultsHeader({ state, total, last }: { state: ListingState; total: number; last: number }) {
  // The default order has no value: by relevance for a search, else newest first.
  const t = useTranslations("listing");
  const orders = Object.entries(SORT_LABELS).filter(([sort]) => state.q || sort !== "-created");
  return (
    <div className="mt-8 flex flex-wrap items-end justify-between gap-4 border-b border-line pb-4">
      <div>
        {/* Live: a filter applied at once (see SearchForm) changes the count, which is then announced. */}
        <h2 id="results-count" aria-live="polite" aria-atomic="true" className="text-2xl font-bold">
          {t("resultCount", { count: total })}
        </h2>
        {last > 1 && <p className="text-sm text-muted">{t("pageOf", { page: state.page, last })}</p>}
      </div>
      {total <= 1 && state.sort && <input type="hidden" name="sort" form={FILTERS_FORM_ID} value={state.sort} />}
      {total > 1 && (
        <div className="flex items-end gap-2">
          <div>
            <label htmlFor="sort" className="block text-sm font-semibold">
              {t("sortLabel")}
            </label>
            <SyncedSelect
              id="sort"
              name="sort"
              form={FILTERS_FORM_ID}
              value={state.sort ?? ""}
              autoComplete="off"
              className={`mt-1 ${CONTROL}`}
            >
              <option value="">{t(state.q ? "sortRelevance" : SORT_LABELS["-created"])}</option>
              {orders.map(([sort, label]) => (
                <option key={sort} value={sort}>
                  {t(label)}
                </option>
              ))}
            </SyncedSelect>
          </div>
          <button type="submit" form={FILTERS_FORM_ID} className={PRIMARY_BUTTON}>
            {t("sortButton")}
          </button>
        </div>
      )}
    </div>
  );
}

import { useTranslations } from "next-intl";

import { Link } from "~/components/link";
import { type ListingState } from "~/lib/reuses/listing-state";
import { isFiltered, listingHref } from "./listing-url";
import { LISTING_PATH } from "~/lib/reuses/listing-params";

/** No reuse matches: what to try next, with links that widen the search. */
export function EmptyResults({ state }: { state: ListingState }) {
  const narrowed = Boolean(state.type || state.topic || state.tags.length > 0 || state.organization);
  const t = useTranslations("listing");
  return (
    <div className="mt-6 max-w-2xl rounded border border-line bg-surface p-6">
      <p className="text-lg font-semibold">{t("noResults")}</p>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        {state.q && <li>{t("checkSpelling")}</li>}
        {narrowed && <li>{t("removeAFilter")}</li>}
        {!state.q && !narrowed && <li>{t("noneYet")}</li>}
      </ul>
      <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        {state.q && narrowed && (
          <Link href={listingHref({ tags: [], page: 1, q: state.q })}>{t("searchWithoutFilters", { q: state.q })}</Link>
        )}
        {isFiltered(state) && <Link href={LISTING_PATH}>{t("seeAll")}</Link>}
      </p>
    </div>
  );
}

import { useTranslations } from "next-intl";

import { Link } from "~/components/link";
import { type FilterChip } from "./listing-url";
import { LISTING_PATH } from "~/lib/reuses/listing-params";

/** The active filters as chips, each a link to the same list without it; and a link that removes them all. */
export function ActiveFilters({ chips }: { chips: FilterChip[] }) {
  const t = useTranslations("listing");
  if (chips.length === 0) return null;
  return (
    <div className="mt-4 flex flex-wrap items-center gap-2">
      <p id="active-filters" className="text-sm font-semibold">
        {t("activeFilters")}
      </p>
      <ul aria-labelledby="active-filters" className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={`${chip.name}-${chip.value}`} className="max-w-full">
            <Link
              href={chip.removeHref}
              className="inline-flex max-w-full items-center gap-2 rounded-full border border-brand bg-brand-soft px-3 py-1 text-sm text-brand no-underline hover:bg-white"
            >
              <span className="sr-only">{t("removeFilter")} </span>
              <span className="min-w-0">
                {t.rich("chip", {
                  name: chip.name,
                  value: chip.value,
                  // wrap-anywhere: a long search with no space must not widen the page on a phone.
                  strong: (chunks) => <span className="font-semibold wrap-anywhere">{chunks}</span>,
                })}
              </span>
              <span aria-hidden="true" className="text-base leading-none">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <Link href={LISTING_PATH} className="text-sm">
          {t("clearAll")}
        </Link>
      )}
    </div>
  );
}

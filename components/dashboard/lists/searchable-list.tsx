import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { Link } from "~/components/link";
import { Pagination } from "~/components/ui/pagination";
import { listHref } from "./list-params";

/** The id of the page's title, which names the list. */
export const LIST_TITLE_ID = "list-title";

export interface ListResult<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

interface SearchableListProps<T> {
  /** The page's URL path, where the search form and the page links go. */
  path: string;
  /** The search box's label. */
  searchLabel: string;
  q: string | undefined;
  /** URL parameters of the list's filters, kept by the search and the page links. */
  kept?: Readonly<Record<string, string>>;
  /** The filters' controls, shown under the search. */
  filters?: ReactNode;
  result: ListResult<T>;
  /** How the count reads ("12 jeux de données"). */
  count: (total: number) => string;
  /** What an empty list (without a search) says. */
  empty: ReactNode;
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
}

/**
 * A producer's list: a search (a plain GET form), the count, the items, the pages, and what to say when there
 * is nothing to show. Everything is on the server: no JavaScript needed.
 */
export function SearchableList<T>({
  path,
  searchLabel,
  q,
  kept = {},
  filters,
  result,
  count,
  empty,
  itemKey,
  renderItem,
}: SearchableListProps<T>) {
  const { items, total, page, pageCount } = result;
  const t = useTranslations("dashboard.lists");
  const clearSearch = <Link href={listHref(path, undefined, 1, kept)}>{t("clearSearch")}</Link>;
  return (
    <>
      <form role="search" method="get" action={path} className="mt-6 max-w-xl">
        {Object.entries(kept).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor="list-search" className="block font-semibold">
          {searchLabel}
        </label>
        <div className="mt-2 flex flex-wrap gap-2">
          <input
            id="list-search"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={200}
            className="min-h-11 min-w-0 flex-1 rounded border border-muted px-3 py-2"
          />
          <button
            type="submit"
            className="min-h-11 rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-hover"
          >
            {t("search")}
          </button>
        </div>
      </form>
      {filters}

      {total > 0 && (
        <p className="mt-6 text-muted">
          {count(total)}
          {q && (
            <>
              {" "}
              {t("forQuery", { q })} · {clearSearch}
            </>
          )}
          {pageCount > 1 && ` · ${t("pageOf", { page, pageCount })}`}
        </p>
      )}

      {items.length > 0 ? (
        <ul aria-labelledby={LIST_TITLE_ID} className="mt-4 divide-y divide-line rounded border border-line">
          {items.map((item) => (
            <li key={itemKey(item)} className="p-4">
              {renderItem(item)}
            </li>
          ))}
        </ul>
      ) : (
        <div className="mt-6 rounded border border-line bg-surface p-5">
          {total > 0 ? (
            <p>
              {t("beyondLast", { pageCount })} <Link href={listHref(path, q, 1, kept)}>{t("firstPage")}</Link>
            </p>
          ) : q ? (
            <p>
              {t("noResult", { q })} {clearSearch}
            </p>
          ) : (
            empty
          )}
        </div>
      )}

      <Pagination current={page} last={pageCount} hrefFor={(target) => listHref(path, q, target, kept)} />
    </>
  );
}

import { useTranslations } from "next-intl";

import { Link } from "~/components/link";

import { REUSE_STATUSES } from "../status";
import type { OverviewPage } from "./overview-list";
import { OVERVIEW_SORTS, type OverviewQuery, overviewHref, PERSONAL } from "./overview-query";
import { CONTROL, PRIMARY_BUTTON, SMALL_LABEL } from "~/components/ui/styles";

interface OverviewFiltersProps {
  query: OverviewQuery;
  counts: OverviewPage["counts"];
  organizations: { id: string; name: string }[];
}

/** The search, the producer and the order (a plain GET form), then the statuses with their counts (links). */
export function OverviewFilters({ query, counts, organizations }: OverviewFiltersProps) {
  const t = useTranslations("dashboard.overview");
  const tStatus = useTranslations("dashboard.status");
  const tabs = [
    { status: undefined, label: t("allStatuses"), count: counts.all },
    ...REUSE_STATUSES.map((status) => ({ status, label: tStatus(`plural.${status}`), count: counts[status] })),
  ];
  return (
    <>
      <form role="search" aria-label={t("title")} method="get" action="/dashboard" className="mt-8">
        <div className="grid gap-4 sm:grid-cols-2 sm:items-end xl:grid-cols-[minmax(0,1fr)_12rem_14rem_auto]">
          <div>
            <label htmlFor="overview-q" className={SMALL_LABEL}>
              {t("searchLabel")}
            </label>
            <input
              id="overview-q"
              name="q"
              type="search"
              defaultValue={query.q}
              maxLength={200}
              className={`mt-1 ${CONTROL}`}
            />
          </div>
          {organizations.length > 0 && (
            <div>
              <label htmlFor="overview-organization" className={SMALL_LABEL}>
                {t("producer")}
              </label>
              <select
                id="overview-organization"
                name="organization"
                defaultValue={query.organization ?? ""}
                className={`mt-1 ${CONTROL}`}
              >
                <option value="">{t("allProducers")}</option>
                <option value={PERSONAL}>{t("personal")}</option>
                {organizations.map((organization) => (
                  <option key={organization.id} value={organization.id}>
                    {organization.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div>
            <label htmlFor="overview-sort" className={SMALL_LABEL}>
              {t("sortLabel")}
            </label>
            <select id="overview-sort" name="sort" defaultValue={query.sort} className={`mt-1 ${CONTROL}`}>
              {Object.entries(OVERVIEW_SORTS).map(([value, key]) => (
                <option key={value} value={value}>
                  {t(`sort.${key}`)}
                </option>
              ))}
            </select>
          </div>
          {query.status && <input type="hidden" name="status" value={query.status} />}
          <button type="submit" className={PRIMARY_BUTTON}>
            {t("apply")}
          </button>
        </div>
      </form>
      <nav aria-label={t("statusNav")} className="mt-6 border-b border-line">
        <ul className="-mb-px flex flex-wrap gap-x-1">
          {tabs.map((tab) => {
            const current = tab.status === query.status;
            return (
              <li key={tab.label}>
                <Link
                  href={overviewHref({ ...query, status: tab.status, page: 1 })}
                  aria-current={current ? "page" : undefined}
                  className={`inline-flex min-h-11 items-center border-b-4 px-3 no-underline hover:bg-brand-soft ${current ? "border-brand font-bold text-brand" : "border-transparent text-ink"}`}
                >
                  {tab.label} ({tab.count})
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </>
  );
}

import { useLocale, useTranslations } from "next-intl";

import { Link } from "~/components/link";

import { Pagination } from "~/components/ui/pagination";
import { FirstReuseWelcome } from "./first-reuse-welcome";
import { organizationsOf, overviewPage, type MyReuse } from "./overview-list";
import { OverviewFilters } from "./overview-filters";
import { type OverviewQuery, overviewHref } from "./overview-query";
import { ReuseRow } from "./reuse-row";
import { transfersOf, type Transfer } from "~/components/dashboard/transfers/types";

interface ReuseOverviewProps {
  reuses: MyReuse[];
  /** How many unanswered discussions each reuse has, by id. */
  unanswered: ReadonlyMap<string, number>;
  query: OverviewQuery;
  /** Who is signed in, for the welcome of someone with no reuse yet. */
  name: string | null;
  /** Pending transfers of these reuses (asked by the caller, or offered to them): shown on their rows. */
  transfers: readonly Transfer[];
}

/** The producer's reuses and their organizations' ones: searched, filtered, sorted and counted on the server. */
export function ReuseOverview({ reuses, unanswered, query, name, transfers }: ReuseOverviewProps) {
  const t = useTranslations("dashboard.overview");
  const locale = useLocale();
  if (reuses.length === 0) return <FirstReuseWelcome name={name} />;
  const page = overviewPage(reuses, query, locale);
  const filtered = Boolean(query.q || query.status || query.organization);
  return (
    <>
      <OverviewFilters query={query} counts={page.counts} organizations={organizationsOf(reuses, locale)} />
      <p className="mt-6 text-muted" aria-live="polite">
        {t("count", { count: page.total })}
        {page.pageCount > 1 && ` · ${t("pageOf", { page: page.page, last: page.pageCount })}`}
        {filtered && (
          <>
            {" · "}
            <Link href="/dashboard">{t("clearFilters")}</Link>
          </>
        )}
      </p>
      {page.items.length === 0 ? (
        <p className="mt-6">{t("noMatch")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-line border-y border-line">
          {page.items.map((reuse) => (
            <ReuseRow
              key={reuse.id}
              reuse={reuse}
              unanswered={unanswered.get(reuse.id) ?? 0}
              transfers={transfersOf(transfers, reuse.id)}
            />
          ))}
        </ul>
      )}
      <Pagination
        current={page.page}
        last={page.pageCount}
        hrefFor={(number) => overviewHref({ ...query, page: number })}
      />
    </>
  );
}

import { Link } from "~/components/link";

import { countOf } from "~/components/ui/format";
import { Pagination } from "~/components/ui/pagination";
import { organizationsOf, overviewPage, type MyReuse } from "./overview-list";
import { OverviewFilters } from "./overview-filters";
import { type OverviewQuery, overviewHref } from "./overview-query";
import { ReuseRow } from "./reuse-row";

/** The producer's reuses and their organizations' ones: searched, filtered, sorted and counted on the server. */
export function ReuseOverview({ reuses, query }: { reuses: MyReuse[]; query: OverviewQuery }) {
  if (reuses.length === 0) {
    return (
      <p className="mt-8 max-w-prose">
        Vous n’avez pas encore de réutilisation.{" "}
        <Link href="/dashboard/reuses/new">Publiez votre première réutilisation</Link> : elle sera visible ici, avec
        celles de vos organisations.
      </p>
    );
  }
  const page = overviewPage(reuses, query);
  const filtered = Boolean(query.q || query.status || query.organization);
  return (
    <>
      <OverviewFilters query={query} counts={page.counts} organizations={organizationsOf(reuses)} />
      <p className="mt-6 text-muted" aria-live="polite">
        {countOf(page.total, "réutilisation", "réutilisations")}
        {page.pageCount > 1 && ` · page ${page.page} sur ${page.pageCount}`}
        {filtered && (
          <>
            {" · "}
            <Link href="/dashboard">Effacer les filtres</Link>
          </>
        )}
      </p>
      {page.items.length === 0 ? (
        <p className="mt-6">Aucune de vos réutilisations ne correspond à ces critères.</p>
      ) : (
        <ul className="mt-2 divide-y divide-line border-y border-line">
          {page.items.map((reuse) => (
            <ReuseRow key={reuse.id} reuse={reuse} />
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

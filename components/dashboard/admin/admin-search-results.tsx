import { Content } from "~/components/i18n/content";
import { getTranslations } from "next-intl/server";

import { Badge, type BadgeTone } from "~/components/dashboard/lists/badge";
import { ReuseActionsProvider } from "~/components/dashboard/reuses/edit/actions";
import { Link } from "~/components/link";
import { Pagination } from "~/components/ui/pagination";
import { type AdminSearch, adminSearchHref, ADMIN_SEARCH_PAGE_SIZE, type ReuseStatus } from "~/lib/reuses/admin-search";
import { personName } from "~/lib/udata/person-name";
import type { RouterOutputs } from "~/server/api/root";
import { ADMIN_SEARCH_PATH } from "./admin-search-path";
import { FeatureToggle } from "./feature-toggle";

type SearchResult = RouterOutputs["adminReuses"]["search"];
type Row = SearchResult["data"][number];

const TONES: Record<ReuseStatus, BadgeTone> = {
  public: "success",
  private: "warning",
  deleted: "danger",
  archived: "neutral",
};

/** A page of the admin search: each reuse with its producer, status and featuring, and the pages. */
export async function AdminSearchResults({ search, result }: { search: AdminSearch; result: SearchResult }) {
  const t = await getTranslations("dashboard.admin");
  const last = Math.max(1, Math.ceil(result.total / ADMIN_SEARCH_PAGE_SIZE));
  return (
    <section aria-labelledby="admin-results-title" className="mt-8">
      <h2 id="admin-results-title" className="text-xl font-bold">
        {t("count", { count: result.total })}
      </h2>
      {result.filtered && search.status && (
        <p className="mt-2 text-sm text-muted">
          {t("filteredNote", { status: t(`status.${search.status}`), size: ADMIN_SEARCH_PAGE_SIZE })}
        </p>
      )}
      {result.data.length === 0 ? (
        <p className="mt-4">{t("noResult")}</p>
      ) : (
        <ReuseActionsProvider>
          <div className="mt-4 overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t("resultsCaption")}</caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-2 pr-4">
                    {t("columnReuse")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("columnProducer")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("columnStatus")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("columnFeatured")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.data.map((row) => (
                  <tr key={row.id} className="border-b border-line align-top">
                    <th scope="row" className="py-3 pr-4 font-normal wrap-anywhere">
                      <Link href={`/dashboard/reuses/${row.id}`} className="font-semibold">
                        <Content>{row.title}</Content>
                      </Link>
                    </th>
                    <td className="py-3 pr-4">
                      <Producer row={row} search={search} />
                    </td>
                    <td className="py-3 pr-4">
                      <Badge tone={TONES[row.status]}>{t(`status.${row.status}`)}</Badge>
                    </td>
                    <td className="py-3">
                      <FeatureToggle id={row.id} title={row.title} featured={row.featured === true} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ReuseActionsProvider>
      )}
      <Pagination
        current={search.page}
        last={last}
        hrefFor={(page) => adminSearchHref(ADMIN_SEARCH_PATH, { ...search, page })}
      />
    </section>
  );
}

/** The producer's name links to the same search on its reuses: how an admin filters on a person. */
async function Producer({ row, search }: { row: Row; search: AdminSearch }) {
  const t = await getTranslations("dashboard.admin");
  const { organization, owner } = row;
  const filter = organization
    ? { organization: organization.id, owner: undefined }
    : owner
      ? { owner: owner.id, organization: undefined }
      : null;
  const name = organization?.name ?? (owner ? personName(owner) : "");
  if (!filter || !name) return <>{t("noProducer")}</>;
  return (
    // Its column says what the link does to the search (WCAG 2.4.4: the purpose from the link's context).
    <Link href={adminSearchHref(ADMIN_SEARCH_PATH, { ...search, ...filter, page: 1 })}>{name}</Link>
  );
}

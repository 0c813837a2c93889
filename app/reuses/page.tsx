import type { Metadata } from "next";
import Link from "next/link";

import { PageFailureView } from "~/components/errors/page-failure";
import { Pagination } from "~/components/reuses/pagination";
import { ReuseCard } from "~/components/reuses/reuse-card";
import { pageData } from "~/server/api/page-data";
import { api } from "~/server/api/rsc";
import { pageFromParam, REUSES_PAGE_SIZE } from "~/server/api/routers/reuses-input";

export const metadata: Metadata = {
  title: "Toutes les réutilisations",
  description: "Les applications, cartes, articles et API qui réutilisent les données publiques de data.gouv.fr.",
};

const numberFormat = new Intl.NumberFormat("fr-FR");

export default async function ReusesPage({ searchParams }: PageProps<"/reuses">) {
  const page = pageFromParam((await searchParams).page);
  const result = await pageData(Promise.all([api.reuses.list({ page }), api.reuses.types()]));
  if ("failure" in result) return <PageFailureView failure={result.failure} retryHref={`/reuses?page=${page}`} />;
  const [reuses, types] = result.data;
  const labels = new Map(types.map((type) => [type.id, type.label]));
  const last = Math.max(1, Math.ceil(reuses.total / REUSES_PAGE_SIZE));

  return (
    <>
      <h1 className="text-3xl font-bold">Toutes les réutilisations</h1>
      <p className="mt-2 text-muted">
        {numberFormat.format(reuses.total)} réutilisations, les plus récentes d&apos;abord
        {page > 1 && ` — page ${page} sur ${numberFormat.format(last)}`}.
      </p>
      {reuses.data.length === 0 ? (
        <p className="mt-8">
          Cette page est vide. <Link href="/reuses">Revenir à la première page</Link>.
        </p>
      ) : (
        <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {reuses.data.map((reuse) => (
            <li key={reuse.id}>
              <ReuseCard reuse={reuse} typeLabel={labels.get(reuse.type) ?? reuse.type} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        current={page}
        last={last}
        hrefFor={(target) => (target === 1 ? "/reuses" : `/reuses?page=${target}`)}
      />
    </>
  );
}

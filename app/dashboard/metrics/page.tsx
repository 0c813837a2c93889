import type { Metadata } from "next";

import { Link } from "~/components/link";
import { MetricCards } from "~/components/dashboard/account/metric-cards";
import { ReuseAudienceCharts } from "~/components/dashboard/account/reuse-audience-charts";
import { ReuseAudienceTable } from "~/components/dashboard/account/reuse-audience-table";
import { PageFailureView } from "~/components/errors/page-failure";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";

export const metadata: Metadata = { title: "Statistiques" };

export default async function MetricsPage() {
  const result = await pageData(api.account.metrics.get());
  if ("failure" in result) return <PageFailureView failure={result.failure} retryHref="/dashboard/metrics" />;
  const metrics = result.data;
  return (
    <>
      <h1 className="text-3xl font-bold">Statistiques</h1>
      <section aria-labelledby="chiffres-cles" className="mt-8">
        <h2 id="chiffres-cles" className="text-2xl font-bold">
          Chiffres clés
        </h2>
        <MetricCards metrics={metrics} />
      </section>
      <section aria-labelledby="audience" className="mt-10">
        <h2 id="audience" className="text-2xl font-bold">
          Audience de mes réutilisations
        </h2>
        {metrics.reuses.length > 0 ? (
          <>
            <p className="mt-2 text-muted">Vues et abonnés de chacune de vos réutilisations sur data.gouv.fr.</p>
            <ReuseAudienceCharts reuses={metrics.reuses} />
            <ReuseAudienceTable reuses={metrics.reuses} />
          </>
        ) : (
          <div className="mt-4 rounded border border-line bg-surface p-5">
            <p>Vous n&apos;avez pas encore de réutilisation : leurs vues et leurs abonnés s&apos;afficheront ici.</p>
            <p className="mt-2">
              <Link href="/dashboard/reuses/new">Publier une réutilisation</Link>
            </p>
          </div>
        )}
      </section>
    </>
  );
}

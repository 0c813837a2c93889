import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { Link } from "~/components/link";
import { MetricCards } from "~/components/dashboard/account/metric-cards";
import { ReuseAudienceCharts } from "~/components/dashboard/account/reuse-audience-charts";
import { ReuseAudienceTable } from "~/components/dashboard/account/reuse-audience-table";
import { MonthlyAudience } from "~/components/dashboard/audience/monthly-audience";
import { PageFailureView } from "~/components/errors/page-failure";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.metrics");
  return { title: t("title") };
}

export default async function MetricsPage() {
  const result = await pageData(api.account.metrics.get());
  if ("failure" in result) return <PageFailureView failure={result.failure} retryHref="/dashboard/metrics" />;
  const metrics = result.data;
  const t = await getTranslations("dashboard.metrics");
  const audience = await getTranslations("dashboard.audience");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <section aria-labelledby="chiffres-cles" className="mt-8">
        <h2 id="chiffres-cles" className="text-2xl font-bold">
          {t("keyFigures")}
        </h2>
        <MetricCards metrics={metrics} />
      </section>
      <section aria-labelledby="audience" className="mt-10">
        <h2 id="audience" className="text-2xl font-bold">
          {t("audience")}
        </h2>
        {metrics.reuses.length > 0 ? (
          <>
            <p className="mt-2 text-muted">{t("audienceIntro")}</p>
            <ReuseAudienceCharts reuses={metrics.reuses} />
            <ReuseAudienceTable reuses={metrics.reuses} />
          </>
        ) : (
          <div className="mt-4 rounded border border-line bg-surface p-5">
            <p>{t("noReuse")}</p>
            <p className="mt-2">
              <Link href="/dashboard/reuses/new">{t("publish")}</Link>
            </p>
          </div>
        )}
      </section>
      {metrics.reuses.length > 0 && (
        <section aria-labelledby="visites-mensuelles" className="mt-10">
          <h2 id="visites-mensuelles" className="text-2xl font-bold">
            {audience("allTitle")}
          </h2>
          <p className="mt-2 text-muted">{audience("allIntro")}</p>
          <MonthlyAudience
            points={metrics.audience.available ? metrics.audience.months : null}
            caption={audience("allCaption")}
            csvHref="/dashboard/metrics/csv"
            csvLabel={audience("allDownload")}
          />
        </section>
      )}
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { MonthlyAudience } from "~/components/dashboard/audience/monthly-audience";
import { BackToReuses } from "~/components/dashboard/reuses/back-link";
import { PageFailureView } from "~/components/errors/page-failure";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";
import { OBJECT_ID_PATTERN } from "~/lib/udata/vocabulary";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.audience");
  return { title: t("metaTitle") };
}

/** The monthly visits of one of the producer's reuses: asked for with the reuse, never after it. */
export default async function ReuseAudiencePage({ params }: PageProps<"/[locale]/dashboard/reuses/[id]/audience">) {
  const { id } = await params;
  if (!OBJECT_ID_PATTERN.test(id)) notFound();
  const path = `/dashboard/reuses/${id}/audience`;
  const result = await pageData(Promise.all([api.producerReuses.get({ id }), api.producerReuses.audience({ id })]));
  if ("failure" in result) return <PageFailureView failure={result.failure} retryHref={path} />;
  const [reuse, audience] = result.data;
  const t = await getTranslations("dashboard.audience");

  return (
    <>
      <BackToReuses href={`/dashboard/reuses/${id}`} label={reuse.title} />
      <h1 className="text-3xl font-bold break-words">{t("heading", { title: reuse.title })}</h1>
      <p className="mt-2 text-muted">{t("intro")}</p>
      {audience.available && audience.total !== null && (
        <p className="mt-2 font-semibold">{t("total", { count: audience.total })}</p>
      )}
      <MonthlyAudience
        points={audience.available ? audience.months : null}
        caption={t("caption", { title: reuse.title })}
        csvHref={`${path}/csv`}
        csvLabel={t("download")}
      />
    </>
  );
}

import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { HttpStatus } from "~/components/http-status";
import { PageFailureView } from "~/components/errors/page-failure";
import { Breadcrumb } from "~/components/reuses/detail/breadcrumb";
import { failureMetadata } from "~/components/reuses/detail/metadata";
import { reportWords } from "~/components/reuses/report/load-report-words";
import { ReportPageForm } from "~/components/reuses/report/report-page-form";
import { ReportSent } from "~/components/reuses/report/report-sent";
import { REPORT_FAILURES, type ReportFailure } from "~/components/reuses/report/report-words";
import { api } from "~/server/api/rsc";
import { loadReuse, redirectToCurrentSlug } from "~/server/pages/reuse";
import { pageData } from "~/server/pages/page-data";
import { newRequestId, REPORT_MESSAGE_MAX, REPORT_REQUEST_ID } from "~/lib/reports/report-form";
import { reusePath } from "~/lib/site-urls";
import { localeOf } from "~/lib/i18n/paths";

type Props = PageProps<"/[locale]/reuses/[slug]/signaler">;

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

const failureOf = (value: string | undefined) =>
  REPORT_FAILURES.find((failure): failure is ReportFailure => failure === value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await loadReuse((await params).slug);
  if ("failure" in result) return failureMetadata(result.failure);
  const [reuse] = result.data;
  const t = await getTranslations("report");
  return { title: t("title", { title: reuse.title }), robots: { index: false, follow: false } };
}

/**
 * Reporting a reuse without JavaScript (the reuse page's "Signaler" opens the same form in a dialog once its
 * scripts run). The form posts to ./envoyer, which comes back here: `?envoye=1` once sent; else `?erreur=` with
 * the reason (`motif`), the `message` and the request id (`demande`) as they were. Nobody's own: it reads no
 * cookie; but not kept by the page cache either (its parameters are one visitor's).
 */
export default async function ReportReusePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const locale = await getLocale();
  const [reuseResult, reasonsResult] = await Promise.all([
    loadReuse(slug),
    pageData(api.reuseReports.reasons({ locale })),
  ]);
  const page = `${reusePath(slug)}/signaler`;
  if ("failure" in reuseResult) return <PageFailureView failure={reuseResult.failure} retryHref={page} />;
  const [reuse] = reuseResult.data;
  redirectToCurrentSlug(slug, reuse, localeOf(locale), "/signaler");
  const t = await getTranslations("report");
  const words = await reportWords();
  const reuseHref = reusePath(reuse.slug);
  const failure = failureOf(single(query.erreur));
  const demande = single(query.demande) ?? "";

  return (
    <>
      <Breadcrumb trail={[{ href: reuseHref, label: reuse.title }]} current={t("breadcrumb")} />
      {failure === "limite" && <HttpStatus code={429} />}
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{t("title", { title: reuse.title })}</h1>
      <div className="max-w-prose">
        {single(query.envoye) === "1" ? (
          <ReportSent title={words.sentTitle} text={words.sent} backHref={reuseHref} backLabel={t("backToReuse")} />
        ) : "failure" in reasonsResult ? (
          <PageFailureView failure={reasonsResult.failure} retryHref={page} />
        ) : (
          <ReportPageForm
            slug={reuse.slug}
            reasons={reasonsResult.data}
            words={words}
            initial={{
              reason: single(query.motif),
              message: single(query.message)?.slice(0, REPORT_MESSAGE_MAX),
              failure,
            }}
            requestId={REPORT_REQUEST_ID.test(demande) ? demande : newRequestId()}
            backHref={reuseHref}
            backLabel={t("backToReuse")}
          />
        )}
      </div>
    </>
  );
}

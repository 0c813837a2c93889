import { getTranslations } from "next-intl/server";

import { MonthlyBars } from "~/components/metrics/monthly-bars";
import { MonthlyTable } from "~/components/metrics/monthly-table";
import { Section } from "~/components/reuses/detail/section";
import type { ReuseAudience } from "~/components/reuses/reuse-types";

/**
 * The reuse's visits in the last 12 months, as data.gouv.fr's reuse page shows them: a server-drawn chart and its
 * table (open on demand, without script). Without the metrics service, the page still shows the reuse and says so.
 */
export async function ReuseAudienceSection({ audience }: { audience: Promise<ReuseAudience> }) {
  const result = await audience;
  const t = await getTranslations("reuse.audience");
  return (
    <Section id="audience" title={t("title")}>
      {result.available ? (
        <>
          <p className="mb-2 text-muted">{t("intro")}</p>
          {result.total !== null && <p className="mb-2 font-semibold">{t("total", { count: result.total })}</p>}
          <MonthlyBars points={result.months} />
          <details className="mt-2">
            <summary className="cursor-pointer">{t("tableSummary")}</summary>
            <MonthlyTable
              points={result.months}
              words={{ caption: t("caption"), month: t("month"), visits: t("visits") }}
            />
          </details>
        </>
      ) : (
        <p>{t("unavailable")}</p>
      )}
    </Section>
  );
}

import { Content } from "~/components/i18n/content";
import { useLocale, useTranslations } from "next-intl";

import { formatNumber } from "~/components/ui/format";
import type { RouterOutputs } from "~/server/api/root";

type ReuseAudience = RouterOutputs["account"]["metrics"]["get"]["reuses"];

/**
 * The charts' figures as a table, for screen readers (the charts are hidden from them). The wrapper is what is
 * visually hidden: a table will not shrink to 1 px, and would widen the page.
 */
export function ReuseAudienceTable({ reuses }: { reuses: ReuseAudience }) {
  const locale = useLocale();
  const t = useTranslations("dashboard.metrics.table");
  return (
    <div className="sr-only">
      <table>
        <caption>{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("reuse")}</th>
            <th scope="col">{t("views")}</th>
            <th scope="col">{t("followers")}</th>
          </tr>
        </thead>
        <tbody>
          {reuses.map((reuse) => (
            <tr key={reuse.id}>
              <th scope="row">
                <Content>{reuse.title}</Content>
              </th>
              <td>{formatNumber(reuse.views, locale)}</td>
              <td>{formatNumber(reuse.followers, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useLocale, useTranslations } from "next-intl";

import { OutboundLink } from "~/components/ui/outbound-link";
import type { ReuseDetail } from "~/components/reuses/reuse-types";
import { contentLang } from "~/lib/i18n/locales";

/** Shown at once; the rest behind a <details>, which opens without JavaScript. */
const DATASETS_SHOWN = 10;

type DatasetRef = ReuseDetail["datasets"][number];

/** The datasets the reuse uses, each linked to its page on data.gouv.fr; nothing when it uses APIs only. */
export function DatasetList({ datasets, hasDataservices }: { datasets: DatasetRef[]; hasDataservices: boolean }) {
  const t = useTranslations("reuse");
  if (datasets.length === 0) return hasDataservices ? null : <p className="text-muted">{t("noDatasets")}</p>;
  const first = datasets.slice(0, DATASETS_SHOWN);
  const rest = datasets.slice(DATASETS_SHOWN);
  return (
    <>
      <Datasets items={first} />
      {rest.length > 0 && (
        <details className="group mt-3">
          <summary className="cursor-pointer font-semibold text-brand underline underline-offset-3">
            <span className="group-open:hidden">{t("showOtherDatasets", { count: rest.length })}</span>
            <span className="hidden group-open:inline">{t("hideOtherDatasets", { count: rest.length })}</span>
          </summary>
          <Datasets items={rest} />
        </details>
      )}
    </>
  );
}

function Datasets({ items }: { items: DatasetRef[] }) {
  // Datasets' titles are data.gouv.fr's content, in French.
  return (
    <ul lang={contentLang(useLocale())} className="mt-3 divide-y divide-line rounded border border-line">
      {items.map((dataset, index) => (
        <li key={dataset.id ?? `${index}-${dataset.title}`} className="px-4 py-3 [overflow-wrap:anywhere]">
          <OutboundLink href={dataset.page}>{dataset.title}</OutboundLink>
        </li>
      ))}
    </ul>
  );
}

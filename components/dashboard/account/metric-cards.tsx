import { useLocale, useTranslations } from "next-intl";

import { formatNumber } from "~/components/ui/format";
import { perLocale } from "~/lib/i18n/intl-locale";
import type { RouterOutputs } from "~/server/api/root";

type Metrics = RouterOutputs["account"]["metrics"]["get"];

const percentFormat = perLocale((tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }));

/** The `/me/metrics/` counters, one card each; a counter data.gouv.fr did not give reads "non disponible". */
export function MetricCards({ metrics }: { metrics: Metrics }) {
  const t = useTranslations("dashboard.metrics.cards");
  const locale = useLocale();
  const count = (value: number) => formatNumber(value, locale);
  const cards = [
    { label: t("datasets"), value: metrics.datasets, format: count },
    { label: t("organizationDatasets"), value: metrics.organizationDatasets, format: count },
    { label: t("followers"), value: metrics.followers, format: count },
    { label: t("organizationFollowers"), value: metrics.organizationFollowers, format: count },
    {
      label: t("resourcesAvailability"),
      value: metrics.resourcesAvailability,
      format: (value: number) => t("percent", { value: percentFormat(locale).format(value) }),
    },
  ];
  return (
    <dl className="mt-4 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {cards.map((card) => (
        <div key={card.label} className="flex flex-col rounded border border-line p-4">
          <dt className="text-muted">{card.label}</dt>
          <dd className="order-first text-3xl font-bold">
            {card.value === null ? <span className="text-xl">{t("unavailable")}</span> : card.format(card.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

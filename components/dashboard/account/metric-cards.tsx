import { useTranslations } from "next-intl";

import { formatNumber } from "~/components/ui/format";
import type { RouterOutputs } from "~/server/api/root";

type Metrics = RouterOutputs["account"]["metrics"]["get"];

const percentFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** The `/me/metrics/` counters, one card each; a counter data.gouv.fr did not give reads "non disponible". */
export function MetricCards({ metrics }: { metrics: Metrics }) {
  const t = useTranslations("dashboard.metrics.cards");
  const cards = [
    { label: t("datasets"), value: metrics.datasets, format: formatNumber },
    { label: t("organizationDatasets"), value: metrics.organizationDatasets, format: formatNumber },
    { label: t("followers"), value: metrics.followers, format: formatNumber },
    { label: t("organizationFollowers"), value: metrics.organizationFollowers, format: formatNumber },
    {
      label: t("resourcesAvailability"),
      value: metrics.resourcesAvailability,
      format: (value: number) => t("percent", { value: percentFormat.format(value) }),
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

import { formatNumber } from "~/components/ui/format";
import type { RouterOutputs } from "~/server/api/root";

type Metrics = RouterOutputs["account"]["metrics"]["get"];

const percentFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** The `/me/metrics/` counters, one card each; a counter data.gouv.fr did not give reads "non disponible". */
export function MetricCards({ metrics }: { metrics: Metrics }) {
  const cards = [
    { label: "Mes jeux de données", value: metrics.datasets, format: formatNumber },
    { label: "Jeux de données de mes organisations", value: metrics.organizationDatasets, format: formatNumber },
    { label: "Mes abonnés", value: metrics.followers, format: formatNumber },
    { label: "Abonnés de mes organisations", value: metrics.organizationFollowers, format: formatNumber },
    {
      label: "Disponibilité des ressources",
      value: metrics.resourcesAvailability,
      format: (value: number) => `${percentFormat.format(value)} %`,
    },
  ];
  return (
    <dl className="mt-4 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {cards.map((card) => (
        <div key={card.label} className="flex flex-col rounded border border-line p-4">
          <dt className="text-muted">{card.label}</dt>
          <dd className="order-first text-3xl font-bold">
            {card.value === null ? <span className="text-xl">Non disponible</span> : card.format(card.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

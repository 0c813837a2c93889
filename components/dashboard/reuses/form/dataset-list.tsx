import { Content } from "~/components/i18n/content";
import { useTranslations } from "next-intl";

import type { PickedDataset } from "~/lib/reuses/reuse-form-schema";
import { SMALL_BUTTON } from "~/components/ui/styles";

interface DatasetListProps {
  datasets: readonly PickedDataset[];
  onRemove: (dataset: PickedDataset) => void;
  /** The dataset being removed, whose button waits. */
  busyId?: string;
  empty: string;
}

/** The datasets linked to a reuse, each with a button that removes it. */
export function DatasetList({ datasets, onRemove, busyId, empty }: DatasetListProps) {
  const t = useTranslations("dashboard.reuseForm.datasets");
  if (datasets.length === 0) return <p className="mt-4 text-muted">{empty}</p>;
  return (
    <ul aria-label={t("list")} className="mt-4 divide-y divide-line rounded border border-line">
      {datasets.map((dataset) => (
        <li key={dataset.id} className="flex flex-wrap items-center justify-between gap-2 py-1 pr-1 pl-4">
          <span className="min-w-0 break-words">
            <Content>{dataset.title}</Content>
          </span>
          <button
            type="button"
            onClick={() => onRemove(dataset)}
            disabled={busyId !== undefined}
            className={SMALL_BUTTON}
          >
            {busyId === dataset.id ? t("removing") : t("remove")}
            <span className="sr-only"> {t("which", { title: dataset.title })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

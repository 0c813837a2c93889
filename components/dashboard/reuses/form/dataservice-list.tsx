import { Content } from "~/components/i18n/content";
import { useTranslations } from "next-intl";

import { OutboundLink } from "~/components/ui/outbound-link";
import type { PickedDataservice } from "~/lib/reuses/reuse-form-schema";
import { SMALL_BUTTON } from "~/components/ui/styles";

interface DataserviceListProps {
  dataservices: readonly (PickedDataservice & { page?: string | null })[];
  onRemove: (dataservice: PickedDataservice) => void;
  /** The API being removed, whose button waits. */
  busyId?: string;
  empty: string;
}

/** The APIs linked to a reuse, each linked to its data.gouv.fr page when known, with a button that removes it. */
export function DataserviceList({ dataservices, onRemove, busyId, empty }: DataserviceListProps) {
  const t = useTranslations("dashboard.dataservices");
  if (dataservices.length === 0) return <p className="mt-4 text-muted">{empty}</p>;
  return (
    <ul aria-label={t("list")} className="mt-4 divide-y divide-line rounded border border-line">
      {dataservices.map((dataservice) => (
        <li key={dataservice.id} className="flex flex-wrap items-center justify-between gap-2 py-1 pr-1 pl-4">
          <span className="min-w-0 break-words">
            {dataservice.page ? (
              <OutboundLink href={dataservice.page}>
                <Content>{dataservice.title}</Content>
              </OutboundLink>
            ) : (
              dataservice.title
            )}
          </span>
          <button
            type="button"
            onClick={() => onRemove(dataservice)}
            disabled={busyId !== undefined}
            className={SMALL_BUTTON}
          >
            {busyId === dataservice.id ? t("removing") : t("remove")}
            <span className="sr-only"> {t("which", { title: dataservice.title })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

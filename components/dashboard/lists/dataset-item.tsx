import { Content } from "~/components/i18n/content";
import { useLocale, useTranslations } from "next-intl";

import { formatDate } from "~/components/ui/format";
import { personName } from "~/lib/udata/person-name";
import { OutboundLink } from "~/components/ui/outbound-link";
import type { RouterOutputs } from "~/server/api/root";
import { Badge } from "./badge";

type DatasetItem = RouterOutputs["account"]["lists"]["datasets"]["items"][number];

/** A dataset of the producer or of their organizations: its title links to its page on data.gouv.fr. */
export function DatasetItemView({ dataset }: { dataset: DatasetItem }) {
  const locale = useLocale();
  const t = useTranslations("dashboard.lists");
  const publisher = dataset.organization?.name ?? (dataset.owner ? personName(dataset.owner) : null);
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-lg font-semibold">
          <OutboundLink href={dataset.page}>
            <Content>{dataset.title}</Content>
          </OutboundLink>
        </h2>
        {dataset.deleted && <Badge tone="danger">{t("deleted")}</Badge>}
        {dataset.archived && <Badge tone="warning">{t("archived")}</Badge>}
        {dataset.private && <Badge tone="neutral">{t("private")}</Badge>}
      </div>
      <p className="mt-1 text-sm text-muted">
        {publisher && <>{publisher} · </>}
        {t.rich("modified", {
          date: formatDate(dataset.last_modified, locale),
          time: (chunks) => <time dateTime={dataset.last_modified}>{chunks}</time>,
        })}
      </p>
    </>
  );
}

import { formatDate } from "~/components/ui/format";
import { personName } from "~/lib/udata/person-name";
import { OutboundLink } from "~/components/ui/outbound-link";
import type { RouterOutputs } from "~/server/api/root";
import { Badge } from "./badge";

type DatasetItem = RouterOutputs["account"]["lists"]["datasets"]["items"][number];

/** A dataset of the producer or of their organizations: its title links to its page on data.gouv.fr. */
export function DatasetItemView({ dataset }: { dataset: DatasetItem }) {
  const publisher = dataset.organization?.name ?? (dataset.owner ? personName(dataset.owner) : null);
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-lg font-semibold">
          <OutboundLink href={dataset.page}>{dataset.title}</OutboundLink>
        </h2>
        {dataset.deleted && <Badge tone="danger">Supprimé</Badge>}
        {dataset.archived && <Badge tone="warning">Archivé</Badge>}
        {dataset.private && <Badge tone="neutral">Privé</Badge>}
      </div>
      <p className="mt-1 text-sm text-muted">
        {publisher && <>{publisher} · </>}
        Modifié le <time dateTime={dataset.last_modified}>{formatDate(dataset.last_modified)}</time>
      </p>
    </>
  );
}

import { Content } from "~/components/i18n/content";
import { useLocale, useTranslations } from "next-intl";

import { formatDate } from "~/components/ui/format";
import { personName } from "~/lib/udata/person-name";
import { OutboundLink } from "~/components/ui/outbound-link";
import type { RouterOutputs } from "~/server/api/root";

type CommunityResourceItem = RouterOutputs["account"]["lists"]["communityResources"]["items"][number];

/**
 * A resource someone published on a dataset of the producer's organizations: its title links to the resource
 * on data.gouv.fr (its permanent link), and the dataset to its page.
 */
export function CommunityResourceItemView({ resource }: { resource: CommunityResourceItem }) {
  const locale = useLocale();
  const t = useTranslations("dashboard.lists");
  const publisher = resource.organization?.name ?? (resource.owner ? personName(resource.owner) : null);
  return (
    <>
      <h2 className="text-lg font-semibold">
        <OutboundLink href={resource.latest ?? resource.url}>
          <Content>{resource.title}</Content>
        </OutboundLink>
        {resource.format && (
          <span className="ml-2 rounded bg-surface px-2 py-0.5 text-sm font-normal uppercase">{resource.format}</span>
        )}
      </h2>
      <p className="mt-1">
        {t.rich("onDataset", {
          title: resource.dataset.title,
          link: (chunks) => <OutboundLink href={resource.dataset.page}>{chunks}</OutboundLink>,
        })}
      </p>
      <p className="mt-1 text-sm text-muted">
        {publisher && `${t("publishedBy", { publisher })} · `}
        {t.rich("resourceModified", {
          date: formatDate(resource.last_modified, locale),
          time: (chunks) => <time dateTime={resource.last_modified}>{chunks}</time>,
        })}
      </p>
    </>
  );
}

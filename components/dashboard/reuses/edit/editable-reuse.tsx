import { useTranslations } from "next-intl";

import { AdminSection } from "../admin/admin-section";
import type { Choice } from "../form/reuse-fields";
import { DatasetsSection } from "./datasets-section";
import { DataservicesSection } from "./dataservices-section";
import { DeleteSection } from "./delete-section";
import { EditFieldsForm } from "./edit-fields-form";
import { ImageSection } from "./image-section";
import { ProducerNote } from "./notices";
import { RestorePanel } from "./restore-panel";
import { EditSection } from "./section";
import type { IdLabel } from "~/components/reuses/labels";
import { TransferSection } from "~/components/dashboard/transfers/transfer-section";
import type { RouterOutputs } from "~/server/api/root";
import type { EditableReuse as Reuse } from "./types";
import { VisibilityPanel } from "./visibility-panel";

interface EditableReuseProps {
  reuse: Reuse;
  userId: string;
  /** For site admins only: the badge kinds the instance lists (null for everyone else). */
  badgeKinds: IdLabel[] | null;
  types: readonly Choice[];
  topics: readonly Choice[];
  /** The caller and their organizations: whom the reuse may be transferred to. */
  producers: RouterOutputs["account"]["producers"];
}

const SECTIONS = ["visibility", "information", "datasets", "image", "producer", "delete"] as const;

/** Everything a producer changes in a reuse, section by section; a deleted reuse can only be restored. */
export function EditableReuse({ reuse, userId, badgeKinds, types, topics, producers }: EditableReuseProps) {
  const t = useTranslations("dashboard.edit");
  const tTransfers = useTranslations("dashboard.transfers");
  if (reuse.deleted) return <RestorePanel id={reuse.id} deleted={reuse.deleted} />;
  const saved = {
    title: reuse.title,
    description: reuse.description,
    type: reuse.type,
    topic: reuse.topic ?? "",
    url: reuse.url,
    tags: reuse.tags,
  };
  return (
    <>
      <nav aria-label={t("onThisPage")} className="mt-6">
        <ul className="flex flex-wrap gap-x-4 text-sm">
          {[...SECTIONS, ...(badgeKinds ? (["admin"] as const) : [])].map((id) => (
            <li key={id}>
              <a href={`#${id}-title`} className="inline-flex min-h-11 items-center">
                {t(`nav.${id}`)}
              </a>
            </li>
          ))}
          <li>
            <a href="#transfer-title" className="inline-flex min-h-11 items-center">
              {tTransfers("title")}
            </a>
          </li>
        </ul>
      </nav>
      <EditSection id="visibility" title={t("sections.visibility")}>
        <VisibilityPanel
          id={reuse.id}
          isPrivate={reuse.private}
          archived={reuse.archived ?? null}
          datasetCount={reuse.datasets.length}
        />
      </EditSection>
      <EditSection id="information" title={t("sections.information")}>
        <EditFieldsForm userId={userId} reuseId={reuse.id} saved={saved} types={types} topics={topics} />
      </EditSection>
      <EditSection
        id="datasets"
        title={t("sections.datasets", { count: reuse.datasets.length + reuse.dataservices.length })}
      >
        <DatasetsSection id={reuse.id} datasets={reuse.datasets} hasDataservices={reuse.dataservices.length > 0} />
        <DataservicesSection
          id={reuse.id}
          dataservices={reuse.dataservices.map(({ id, title, self_web_url }) => ({
            id,
            title,
            page: self_web_url ?? null,
          }))}
        />
      </EditSection>
      <EditSection id="image" title={t("sections.image")}>
        <ImageSection id={reuse.id} current={reuse.image} />
      </EditSection>
      <EditSection id="producer" title={t("sections.producer")}>
        <ProducerNote reuse={reuse} />
      </EditSection>
      <EditSection id="transfer" title={tTransfers("title")}>
        <TransferSection reuse={reuse} producers={producers} />
      </EditSection>
      {badgeKinds && (
        <EditSection id="admin" title={t("sections.admin")}>
          <AdminSection
            id={reuse.id}
            featured={reuse.featured === true}
            badges={reuse.badges}
            badgeKinds={badgeKinds}
          />
        </EditSection>
      )}
      <EditSection id="delete" title={t("sections.delete")}>
        <DeleteSection id={reuse.id} title={reuse.title} />
      </EditSection>
    </>
  );
}

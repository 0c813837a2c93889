import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { Link } from "~/components/link";

import { type EditableReuse, producerName } from "./types";

/** Right after the create form: what became of the reuse (while it is still so). */
export function CreatedNotice({ created, reuse }: { created: unknown; reuse: EditableReuse }) {
  const t = useTranslations("dashboard.edit");
  const published = created === "published" && !reuse.private && !reuse.deleted;
  const draft = created === "draft" && reuse.private && !reuse.deleted;
  if (!published && !draft) return null;
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  return (
    <div role="status" className="mt-6 rounded border-l-4 border-green-700 bg-green-50 p-4">
      {published ? (
        <p>
          {t.rich("createdPublished", {
            strong,
            link: (chunks) => <Link href={`/reuses/${reuse.slug}`}>{chunks}</Link>,
          })}
        </p>
      ) : (
        <p>{t.rich("createdDraft", { strong })}</p>
      )}
    </div>
  );
}

/** Someone else's reuse: said plainly, and nothing to press. */
export function NotEditable({ reuse }: { reuse: EditableReuse }) {
  const t = useTranslations("dashboard.edit");
  return (
    <div className="mt-6 rounded border-l-4 border-amber-600 bg-amber-50 p-4">
      <h2 className="text-xl font-bold">{t("notEditableTitle")}</h2>
      <p className="mt-1 max-w-prose">{t("notEditableText", { producer: producerName(reuse, t) })}</p>
    </div>
  );
}

/** Who publishes it, and why that cannot change here. */
export function ProducerNote({ reuse }: { reuse: EditableReuse }) {
  const t = useTranslations("dashboard.edit");
  return (
    <>
      <p className="mt-2">
        {t.rich(reuse.organization ? "publishedByOrganization" : "publishedBy", {
          producer: producerName(reuse, t),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <p className="mt-2 max-w-prose">{t("producerCannotChange")}</p>
    </>
  );
}

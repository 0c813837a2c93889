import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { Link } from "~/components/link";

export interface UrlOwner {
  id: string;
  title: string;
  deleted: boolean;
}

/** After "Cette URL est déjà enregistrée": the producer's own reuse that has this address, if it is one of theirs. */
export function UrlTaken({ owner }: { owner: UrlOwner | null }) {
  const t = useTranslations("dashboard.reuseForm");
  if (!owner) return null;
  const link = (chunks: ReactNode) => <Link href={`/dashboard/reuses/${owner.id}`}>{chunks}</Link>;
  return (
    <span className="font-normal text-ink">
      {t.rich(owner.deleted ? "urlTakenDeleted" : "urlTaken", { title: owner.title, link })}
    </span>
  );
}

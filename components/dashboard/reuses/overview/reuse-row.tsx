import { Link } from "~/components/link";

import { Badge } from "~/components/dashboard/lists/badge";
import { countOf, formatDate } from "~/components/ui/format";
import { STATUS_BADGES, statusOf } from "../status";
import type { MyReuse } from "./overview-list";
import { SECONDARY_BUTTON } from "~/components/ui/styles";

/** One reuse of the overview: its status in words, producer, date and figures, and where to manage or see it. */
export function ReuseRow({ reuse }: { reuse: MyReuse }) {
  const status = statusOf(reuse);
  const badge = STATUS_BADGES[status];
  const isPublic = !reuse.private && !reuse.deleted;
  const datasets = reuse.metrics.datasets ?? 0;
  return (
    <li className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3 py-5">
      <div className="min-w-0 flex-1 basis-72">
        <h2 className="text-lg font-semibold break-words">
          <Link href={`/dashboard/reuses/${reuse.id}`}>{reuse.title}</Link>
        </h2>
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <Badge tone={badge.tone}>{badge.label}</Badge>
          {reuse.featured && <Badge tone="neutral">Mise en avant</Badge>}
          <span className="text-muted">{reuse.organization ? reuse.organization.name : "En mon nom"}</span>
          <span className="text-muted">Modifiée le {formatDate(reuse.last_modified)}</span>
        </p>
        <p className="mt-1 flex flex-wrap gap-x-3 text-sm">
          <Link href={`/dashboard/reuses/${reuse.id}/followers`}>
            {countOf(reuse.metrics.followers ?? 0, "abonné", "abonnés")}
          </Link>
          <span>{countOf(reuse.metrics.views ?? 0, "vue", "vues")}</span>
          <span>
            {countOf(datasets, "jeu de données", "jeux de données")}
            {datasets === 0 && isPublic && " : absente des listes tant qu’aucun n’est lié"}
          </span>
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <Link href={`/dashboard/reuses/${reuse.id}`} className={`${SECONDARY_BUTTON} no-underline`}>
          Gérer<span className="sr-only"> « {reuse.title} »</span>
        </Link>
        {isPublic && (
          <Link href={`/reuses/${reuse.slug}`} className="inline-flex min-h-11 items-center">
            Page publique<span className="sr-only"> de « {reuse.title} »</span>
          </Link>
        )}
      </div>
    </li>
  );
}

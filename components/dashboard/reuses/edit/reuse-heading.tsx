import { Link } from "~/components/link";

import { Badge } from "~/components/dashboard/lists/badge";
import { countOf, formatDate } from "~/components/ui/format";
import { STATUS_BADGES, statusOf } from "../status";
import { type EditableReuse, producerName } from "./types";

/** The reuse's title (focused after a delete or a restore), its status in words, and where to see it. */
export function ReuseHeading({ reuse }: { reuse: EditableReuse }) {
  const badge = STATUS_BADGES[statusOf(reuse)];
  const isPublic = !reuse.private && !reuse.deleted;
  return (
    <header>
      <h1 id="reuse-heading" tabIndex={-1} className="text-3xl font-bold break-words focus:outline-none">
        {reuse.title}
      </h1>
      <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">
        <Badge tone={badge.tone}>{badge.label}</Badge>
        {reuse.featured && <Badge tone="neutral">Mise en avant</Badge>}
        <span className="text-muted">
          Par {producerName(reuse)} · modifiée le {formatDate(reuse.last_modified)}
        </span>
      </div>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
        {isPublic && (
          <li>
            <Link href={`/reuses/${reuse.slug}`} className="inline-flex min-h-11 items-center">
              Voir la page publique
            </Link>
          </li>
        )}
        <li>
          <Link href={`/dashboard/reuses/${reuse.id}/followers`} className="inline-flex min-h-11 items-center">
            {countOf(reuse.metrics.followers ?? 0, "abonné", "abonnés")}
          </Link>
        </li>
      </ul>
    </header>
  );
}

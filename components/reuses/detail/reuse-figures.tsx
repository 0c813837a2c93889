import { Link } from "~/components/link";
import { countOf, formatDate, formatNumber } from "~/components/ui/format";
import type { ReuseDetail } from "~/components/reuses/reuse-types";

/** Followers (linked to their list), views, and the dates of creation and last change. */
export function ReuseFigures({ reuse }: { reuse: ReuseDetail }) {
  const followers = reuse.metrics.followers ?? 0;
  const views = reuse.metrics.views ?? 0;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      <dt className="text-muted">Abonnés</dt>
      <dd>
        {followers > 0 ? (
          <Link href={`/reuses/${reuse.slug}/abonnes`}>
            {countOf(followers, "abonné", "abonnés")}
            <span className="sr-only"> : voir la liste</span>
          </Link>
        ) : (
          "Aucun abonné"
        )}
      </dd>
      <dt className="text-muted">Vues</dt>
      <dd>{formatNumber(views)}</dd>
      <dt className="text-muted">Publiée le</dt>
      <dd>
        <time dateTime={reuse.created_at}>{formatDate(reuse.created_at)}</time>
      </dd>
      <dt className="text-muted">Mise à jour le</dt>
      <dd>
        <time dateTime={reuse.last_modified}>{formatDate(reuse.last_modified)}</time>
      </dd>
    </dl>
  );
}

import { useLocale, useTranslations } from "next-intl";

import { Link } from "~/components/link";
import { formatDate, formatNumber } from "~/components/ui/format";
import type { ReuseDetail } from "~/components/reuses/reuse-types";

/** Followers (linked to their list), views, and the dates of creation and last change. */
export function ReuseFigures({ reuse }: { reuse: ReuseDetail }) {
  const locale = useLocale();
  const followers = reuse.metrics.followers ?? 0;
  const views = reuse.metrics.views ?? 0;
  const t = useTranslations("reuse");
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      <dt className="text-muted">{t("followersTerm")}</dt>
      <dd>
        {followers > 0 ? (
          <Link href={`/reuses/${reuse.slug}/abonnes`}>
            {t("followerCount", { count: followers })}
            <span className="sr-only"> {t("seeFollowerList")}</span>
          </Link>
        ) : (
          t("noFollowers")
        )}
      </dd>
      <dt className="text-muted">{t("viewsTerm")}</dt>
      <dd>{formatNumber(views, locale)}</dd>
      <dt className="text-muted">{t("publishedOn")}</dt>
      <dd>
        <time dateTime={reuse.created_at}>{formatDate(reuse.created_at, locale)}</time>
      </dd>
      <dt className="text-muted">{t("updatedOn")}</dt>
      <dd>
        <time dateTime={reuse.last_modified}>{formatDate(reuse.last_modified, locale)}</time>
      </dd>
    </dl>
  );
}

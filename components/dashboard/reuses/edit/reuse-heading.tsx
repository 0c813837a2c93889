import { Content } from "~/components/i18n/content";
import { useLocale, useTranslations } from "next-intl";

import { Link } from "~/components/link";

import { Badge } from "~/components/dashboard/lists/badge";
import { formatDate } from "~/components/ui/format";
import { STATUS_TONES, statusOf } from "../status";
import { type EditableReuse, producerName } from "./types";

/** The reuse's title (focused after a delete or a restore), its status in words, and where to see it. */
export function ReuseHeading({ reuse }: { reuse: EditableReuse }) {
  const locale = useLocale();
  const t = useTranslations("dashboard.edit");
  const tStatus = useTranslations("dashboard.status");
  const tAudience = useTranslations("dashboard.audience");
  const status = statusOf(reuse);
  const isPublic = !reuse.private && !reuse.deleted;
  return (
    <header>
      <h1 id="reuse-heading" tabIndex={-1} className="text-3xl font-bold break-words focus:outline-none">
        <Content>{reuse.title}</Content>
      </h1>
      <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">
        <Badge tone={STATUS_TONES[status]}>{tStatus(`label.${status}`)}</Badge>
        {reuse.featured && <Badge tone="neutral">{tStatus("featured")}</Badge>}
        <span className="text-muted">
          {t("byLine", { producer: producerName(reuse, t), date: formatDate(reuse.last_modified, locale) })}
        </span>
      </div>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
        {isPublic && (
          <li>
            <Link href={`/reuses/${reuse.slug}`} className="inline-flex min-h-11 items-center">
              {t("viewPublicPage")}
            </Link>
          </li>
        )}
        <li>
          <Link href={`/dashboard/reuses/${reuse.id}/followers`} className="inline-flex min-h-11 items-center">
            {t("followers", { count: reuse.metrics.followers ?? 0 })}
          </Link>
        </li>
        <li>
          <Link href={`/dashboard/reuses/${reuse.id}/audience`} className="inline-flex min-h-11 items-center">
            {tAudience("link")}
          </Link>
        </li>
      </ul>
    </header>
  );
}

import { Content } from "~/components/i18n/content";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { Link } from "~/components/link";

import { Badge } from "~/components/dashboard/lists/badge";
import { formatDate } from "~/components/ui/format";
import { STATUS_TONES, statusOf } from "../status";
import type { MyReuse } from "./overview-list";
import { partyName, type Transfer } from "~/components/dashboard/transfers/types";
import { SECONDARY_BUTTON } from "~/components/ui/styles";

const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/**
 * One reuse of the overview: its status in words, producer, date and figures (its discussions waiting for an
 * answer among them), a transfer waiting for an answer, and where to manage or see it.
 */
export function ReuseRow({
  reuse,
  unanswered,
  transfers,
}: {
  reuse: MyReuse;
  unanswered: number;
  transfers: readonly Transfer[];
}) {
  const locale = useLocale();
  const t = useTranslations("dashboard.overview");
  const tTransfers = useTranslations("dashboard.transfers");
  const tStatus = useTranslations("dashboard.status");
  const status = statusOf(reuse);
  const isPublic = !reuse.private && !reuse.deleted;
  const datasets = reuse.metrics.datasets ?? 0;
  return (
    <li className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3 py-5">
      <div className="min-w-0 flex-1 basis-72">
        <h2 className="text-lg font-semibold break-words">
          <Link href={`/dashboard/reuses/${reuse.id}`}>
            <Content>{reuse.title}</Content>
          </Link>
        </h2>
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <Badge tone={STATUS_TONES[status]}>{tStatus(`label.${status}`)}</Badge>
          {reuse.featured && <Badge tone="neutral">{tStatus("featured")}</Badge>}
          <span className="text-muted">{reuse.organization ? reuse.organization.name : t("personal")}</span>
          <span className="text-muted">{t("modifiedOn", { date: formatDate(reuse.last_modified, locale) })}</span>
        </p>
        <p className="mt-1 flex flex-wrap gap-x-3 text-sm">
          <Link href={`/dashboard/reuses/${reuse.id}/followers`}>
            {t("followers", { count: reuse.metrics.followers ?? 0 })}
          </Link>
          <Link href={`/dashboard/reuses/${reuse.id}/audience`}>{t("views", { count: reuse.metrics.views ?? 0 })}</Link>
          <span>{t(datasets === 0 && isPublic ? "datasetsUnlisted" : "datasets", { count: datasets })}</span>
          {unanswered > 0 && (
            <Link href={`/dashboard/discussions?reutilisation=${reuse.id}`} className="font-semibold">
              {t("unanswered", { count: unanswered })}
            </Link>
          )}
        </p>
        {transfers.map((transfer) => (
          <p key={transfer.id} className="mt-2 text-sm">
            <Badge tone="warning">
              {tTransfers("rowPending", { recipient: partyName(transfer.recipient, tTransfers("unknownParty")) })}
            </Badge>
          </p>
        ))}
      </div>
      <div className="flex flex-wrap gap-3">
        <Link href={`/dashboard/reuses/${reuse.id}`} className={`${SECONDARY_BUTTON} no-underline`}>
          {t.rich("manage", { title: reuse.title, hidden })}
        </Link>
        {isPublic && (
          <Link href={`/reuses/${reuse.slug}`} className="inline-flex min-h-11 items-center">
            {t.rich("publicPage", { title: reuse.title, hidden })}
          </Link>
        )}
      </div>
    </li>
  );
}

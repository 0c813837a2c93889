import { useLocale, useTranslations } from "next-intl";

import { formatDate } from "~/components/ui/format";
import { personName } from "~/lib/udata/person-name";
import { OutboundLink } from "~/components/ui/outbound-link";
import type { RouterOutputs } from "~/server/api/root";

type FollowersPage = RouterOutputs["producerReuses"]["followers"];

/** Who follows a reuse (they hear of its news on data.gouv.fr), newest last, as udata lists them. */
export function FollowerList({ followers }: { followers: FollowersPage }) {
  const locale = useLocale();
  const t = useTranslations("dashboard.followers");
  if (followers.total === 0) {
    return <p className="mt-6">{t("none")}</p>;
  }
  return (
    <>
      <p className="mt-4 text-muted">{t("count", { count: followers.total })}</p>
      <ul className="mt-4 divide-y divide-line border-y border-line">
        {followers.data.map(({ id, since, follower }) => (
          <li key={id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">
            <OutboundLink href={follower.page} className="font-semibold">
              {personName(follower)}
            </OutboundLink>
            <span className="text-sm text-muted">{t("since", { date: formatDate(since, locale) })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

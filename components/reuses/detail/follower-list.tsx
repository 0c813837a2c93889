import { useLocale, useTranslations } from "next-intl";

import { formatDate } from "~/components/ui/format";
import { personName } from "~/lib/udata/person-name";
import type { FollowersPage } from "~/components/reuses/reuse-types";

/** A page of followers: name and since when. Avatars stay out: initials say enough, and load nothing. */
export function FollowerList({ followers }: { followers: FollowersPage["data"] }) {
  const locale = useLocale();
  const t = useTranslations("followers");
  if (followers.length === 0) return <p className="mt-8">{t("noFollowers")}</p>;
  return (
    <ul className="mt-8 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {followers.map(({ id, follower, since }) => {
        const name = personName(follower);
        return (
          <li key={id} className="flex items-center gap-3 rounded border border-line p-3">
            <span
              aria-hidden="true"
              className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-soft font-bold text-brand"
            >
              {name.slice(0, 1).toUpperCase()}
            </span>
            <span className="min-w-0 [overflow-wrap:anywhere]">
              <span className="block font-semibold">{name}</span>
              <span className="block text-sm text-muted">
                {t.rich("since", {
                  date: formatDate(since, locale),
                  time: (chunks) => <time dateTime={since}>{chunks}</time>,
                })}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

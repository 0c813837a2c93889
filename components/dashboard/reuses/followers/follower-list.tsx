import { countOf, formatDate } from "~/components/ui/format";
import { personName } from "~/lib/udata/person-name";
import { OutboundLink } from "~/components/ui/outbound-link";
import type { RouterOutputs } from "~/server/api/root";

type FollowersPage = RouterOutputs["producerReuses"]["followers"];

/** Who follows a reuse (they hear of its news on data.gouv.fr), newest last, as udata lists them. */
export function FollowerList({ followers }: { followers: FollowersPage }) {
  if (followers.total === 0) {
    return <p className="mt-6">Personne ne suit encore cette réutilisation.</p>;
  }
  return (
    <>
      <p className="mt-4 text-muted">{countOf(followers.total, "abonné", "abonnés")}</p>
      <ul className="mt-4 divide-y divide-line border-y border-line">
        {followers.data.map(({ id, since, follower }) => (
          <li key={id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">
            <OutboundLink href={follower.page} className="font-semibold">
              {personName(follower)}
            </OutboundLink>
            <span className="text-sm text-muted">Abonné depuis le {formatDate(since)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

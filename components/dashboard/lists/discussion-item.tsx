import { countOf, formatDate } from "~/components/ui/format";
import { personName } from "~/lib/udata/person-name";
import { OutboundLink } from "~/components/ui/outbound-link";
import type { RouterOutputs } from "~/server/api/root";
import { Badge } from "./badge";

type DiscussionItem = RouterOutputs["account"]["lists"]["discussions"]["items"][number];

// A Map: a class such as `constructor` from upstream is no key of it.
const SUBJECTS: ReadonlyMap<string, string> = new Map([
  ["Dataset", "À propos d'un jeu de données"],
  ["Reuse", "À propos d'une réutilisation"],
  ["Dataservice", "À propos d'une API"],
  ["Organization", "À propos de l'organisation"],
]);

/** What a discussion is about, in words; an unknown kind is named as data.gouv.fr names it. */
export function aboutSubject(subjectClass: string): string {
  return SUBJECTS.get(subjectClass) ?? `À propos de : ${subjectClass}`;
}

/** A discussion on an object of the producer's organizations: open or closed, its subject, its last message. */
export function DiscussionItemView({ discussion }: { discussion: DiscussionItem }) {
  const last = discussion.lastMessage;
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        {discussion.closedAt ? <Badge tone="neutral">Close</Badge> : <Badge tone="success">Ouverte</Badge>}
        <h2 className="text-lg font-semibold">
          <OutboundLink href={discussion.href}>{discussion.title}</OutboundLink>
        </h2>
      </div>
      <p className="mt-1 text-sm text-muted">
        {aboutSubject(discussion.subjectClass)} · {countOf(discussion.messageCount, "message", "messages")} · ouverte le{" "}
        <time dateTime={discussion.createdAt}>{formatDate(discussion.createdAt)}</time>
        {discussion.closedAt && (
          <>
            , close le <time dateTime={discussion.closedAt}>{formatDate(discussion.closedAt)}</time>
          </>
        )}
      </p>
      {last && (
        <div className="mt-3 border-l-4 border-line pl-3">
          <p className="text-sm text-muted">
            Dernier message{last.author && <>, de {personName(last.author)}</>}, le{" "}
            <time dateTime={last.postedOn}>{formatDate(last.postedOn)}</time> :
          </p>
          <p className="mt-1 break-words">{last.excerpt}</p>
        </div>
      )}
    </>
  );
}

import { Content } from "~/components/i18n/content";
import { useLocale, useTranslations } from "next-intl";

import { Link } from "~/components/link";
import { formatDate } from "~/components/ui/format";
import type { Translator } from "~/lib/i18n/translator";
import { personName } from "~/lib/udata/person-name";
import { OutboundLink } from "~/components/ui/outbound-link";
import type { RouterOutputs } from "~/server/api/root";
import { Badge } from "./badge";
import { DiscussionReply } from "./discussion-reply";

type DiscussionItem = RouterOutputs["account"]["lists"]["discussions"]["items"][number];

type ListsTranslator = Translator<"dashboard.lists">;

// A Map: a class such as `constructor` from upstream is no key of it.
const SUBJECTS: ReadonlyMap<string, "aboutDataset" | "aboutReuse" | "aboutDataservice" | "aboutOrganization"> = new Map(
  [
    ["Dataset", "aboutDataset"],
    ["Reuse", "aboutReuse"],
    ["Dataservice", "aboutDataservice"],
    ["Organization", "aboutOrganization"],
  ] as const,
);

/** What a discussion is about, in words; an unknown kind is named as data.gouv.fr names it. */
export function aboutSubject(subjectClass: string, t: ListsTranslator): string {
  const key = SUBJECTS.get(subjectClass);
  return key ? t(key) : t("aboutOther", { subject: subjectClass });
}

/**
 * What a discussion is about: its subject named and linked when the server could read it (a dataset on
 * data.gouv.fr, a public reuse on our page), else the kind only.
 */
export function AboutSubject({
  discussion,
  t,
}: {
  discussion: Pick<DiscussionItem, "subject" | "subjectClass">;
  t: ListsTranslator;
}) {
  const { subject } = discussion;
  if (!subject) return aboutSubject(discussion.subjectClass, t);
  if (subject.kind === "dataset")
    return t.rich("aboutNamedDataset", {
      title: subject.title,
      link: (chunks) => (
        <OutboundLink href={subject.href}>
          <Content>{chunks}</Content>
        </OutboundLink>
      ),
    });
  const { href } = subject;
  return t.rich("aboutNamedReuse", {
    title: subject.title,
    link: (chunks) => (href ? <Link href={href}>{<Content>{chunks}</Content>}</Link> : <Content>{chunks}</Content>),
  });
}

/**
 * A discussion on an object of the producer or their organizations: open or closed, unanswered or not, its
 * subject, its last message.
 */
export function DiscussionItemView({ discussion }: { discussion: DiscussionItem }) {
  const locale = useLocale();
  const t = useTranslations("dashboard.lists");
  const last = discussion.lastMessage;
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        {discussion.closedAt ? <Badge tone="neutral">{t("closed")}</Badge> : <Badge tone="success">{t("open")}</Badge>}
        {discussion.unanswered && <Badge tone="warning">{t("unanswered")}</Badge>}
        <h2 className="text-lg font-semibold">
          <OutboundLink href={discussion.href}>
            <Content>{discussion.title}</Content>
          </OutboundLink>
        </h2>
      </div>
      <p className="mt-1 text-sm text-muted">
        <AboutSubject discussion={discussion} t={t} /> · {t("messageCount", { count: discussion.messageCount })} ·{" "}
        {t.rich("openedOn", {
          date: formatDate(discussion.createdAt, locale),
          time: (chunks) => <time dateTime={discussion.createdAt}>{chunks}</time>,
        })}
        {discussion.closedAt && (
          <>
            ,{" "}
            {t.rich("closedOn", {
              date: formatDate(discussion.closedAt, locale),
              time: (chunks) => <time dateTime={discussion.closedAt ?? undefined}>{chunks}</time>,
            })}
          </>
        )}
      </p>
      {last && (
        <div className="mt-3 border-l-4 border-line pl-3">
          <p className="text-sm text-muted">
            {last.author
              ? t.rich("lastMessageBy", {
                  author: personName(last.author),
                  date: formatDate(last.postedOn, locale),
                  time: (chunks) => <time dateTime={last.postedOn}>{chunks}</time>,
                })
              : t.rich("lastMessage", {
                  date: formatDate(last.postedOn, locale),
                  time: (chunks) => <time dateTime={last.postedOn}>{chunks}</time>,
                })}
          </p>
          <p className="mt-1 break-words">
            <Content>{last.excerpt}</Content>
          </p>
        </div>
      )}
      {!discussion.closedAt && (
        <DiscussionReply discussion={{ id: discussion.id, title: discussion.title }} reuse={discussion.reuse} />
      )}
    </>
  );
}

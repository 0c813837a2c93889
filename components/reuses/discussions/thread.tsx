import { useLocale, useTranslations } from "next-intl";

import { contentLang } from "~/lib/i18n/locales";
import type { ReactNode } from "react";

import { ReuseDescription } from "~/components/reuses/detail/reuse-description";
import { formatDate } from "~/components/ui/format";
import type { ThreadView } from "~/lib/discussions/thread-view";

function ClosedOn({ date }: { date: string }) {
  const locale = useLocale();
  const t = useTranslations("discussions");
  return t.rich("closedOn", {
    date: formatDate(date, locale),
    time: (chunks) => <time dateTime={date}>{chunks}</time>,
  });
}

/**
 * One discussion: its title, open or closed, and its messages with their author and date. The messages' HTML was
 * rendered and sanitized on the server (links nofollow ugc, no script), and wraps like a reuse's description.
 */
export function DiscussionThread({
  thread,
  heading: Heading = "h3",
  children,
}: {
  thread: ThreadView;
  heading?: "h2" | "h3";
  children?: ReactNode;
}) {
  const locale = useLocale();
  const t = useTranslations("discussions");
  const lang = contentLang(useLocale());
  const titleId = `discussion-${thread.id}-titre`;
  return (
    <article id={`discussion-${thread.id}`} aria-labelledby={titleId} className="rounded border border-line p-4 sm:p-6">
      <Heading id={titleId} lang={lang} className="text-xl font-bold [overflow-wrap:anywhere]">
        {thread.title}
      </Heading>
      <p className="mt-1 text-sm text-muted">
        <span className="font-semibold">{thread.closed ? t("closed") : t("open")}</span>
        {thread.closed && (
          <>
            {" · "}
            <ClosedOn date={thread.closed} />
          </>
        )}
      </p>
      <ol className="mt-4 space-y-6">
        {thread.messages.map((message, index) => (
          <li key={index} className="min-w-0">
            <p className="text-sm text-muted">
              {t.rich("postedBy", {
                name: message.author ?? t("unknownAuthor"),
                date: formatDate(message.postedOn, locale),
                time: (chunks) => <time dateTime={message.postedOn}>{chunks}</time>,
              })}
            </p>
            <div className="mt-2">
              <ReuseDescription sanitizedHtml={message.html} />
            </div>
          </li>
        ))}
      </ol>
      {children}
    </article>
  );
}

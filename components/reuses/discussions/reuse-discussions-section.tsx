import { getTranslations } from "next-intl/server";

import { Link } from "~/components/link";
import { Section } from "~/components/reuses/detail/section";
import type { ThreadPage } from "~/lib/discussions/thread-view";
import { DISCUSSIONS_ON_REUSE_PAGE } from "~/lib/discussions/limits";
import { DiscussionThread } from "./thread";

/**
 * The reuse page's discussions: the latest few threads and a link to all of them, where visitors take part.
 * Without its discussions (data.gouv.fr did not answer), the page still shows the reuse and says so here.
 */
export async function ReuseDiscussionsSection({
  discussions,
  href,
}: {
  /** Asked for with the reuse (never after it): see server/pages/reuse-discussions.ts. */
  discussions: Promise<{ data: ThreadPage } | { failure: unknown }>;
  href: string;
}) {
  const result = await discussions;
  const page = "data" in result ? result.data : null;
  const t = await getTranslations("discussions");
  return (
    <Section id="discussions" title={t("sectionTitle")}>
      {page === null ? (
        <p>{t("unavailable")}</p>
      ) : page.total === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="space-y-6">
          {page.threads.slice(0, DISCUSSIONS_ON_REUSE_PAGE).map((thread) => (
            <DiscussionThread key={thread.id} thread={thread} />
          ))}
        </div>
      )}
      <p className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
        {page !== null && page.total > 0 && <Link href={href}>{t("seeAll", { count: page.total })}</Link>}
        <Link href={`${href}#nouvelle-discussion`}>{t("startOne")}</Link>
      </p>
    </Section>
  );
}

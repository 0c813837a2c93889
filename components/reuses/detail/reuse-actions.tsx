import { getTranslations } from "next-intl/server";

import { FollowButton } from "~/components/reuses/follow/follow-button";
import { ReportDialog } from "~/components/reuses/report/report-dialog";
import { reportWords } from "~/components/reuses/report/load-report-words";

/** What a visitor can do on a reuse's page: follow it, report it. The same HTML for everyone (see the islands). */
export async function ReuseActions({ slug, followers }: { slug: string; followers: number }) {
  const [t, report] = await Promise.all([getTranslations("follow"), reportWords()]);
  const words = {
    follow: t("follow"),
    countNone: t("countNone"),
    countOne: t.raw("countOne") as string,
    countOther: t.raw("countOther") as string,
    followedStatus: t("followedStatus"),
    unfollowedStatus: t("unfollowedStatus"),
    failed: t("failed"),
  };
  return (
    <div className="mt-6 flex flex-wrap items-start gap-x-6 gap-y-3">
      <FollowButton slug={slug} followers={followers} words={words} />
      <ReportDialog slug={slug} words={report} />
    </div>
  );
}

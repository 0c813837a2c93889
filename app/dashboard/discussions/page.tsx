import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { DiscussionItemView } from "~/components/dashboard/lists/discussion-item";
import { listParams } from "~/components/dashboard/lists/list-params";
import { ListScreen } from "~/components/dashboard/lists/list-screen";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.lists.discussions");
  return { title: t("title") };
}

export default async function DiscussionsPage({ searchParams }: PageProps<"/dashboard/discussions">) {
  const { q, page } = listParams(await searchParams);
  const t = await getTranslations("dashboard.lists.discussions");
  return (
    <ListScreen
      title={t("title")}
      intro={t("intro")}
      loaded={await pageData(api.account.lists.discussions({ q, page }))}
      path="/dashboard/discussions"
      searchLabel={t("searchLabel")}
      q={q}
      count={(count) => t("count", { count })}
      empty={<p>{t("empty")}</p>}
      itemKey={(discussion) => discussion.id}
      renderItem={(discussion) => <DiscussionItemView discussion={discussion} />}
    />
  );
}

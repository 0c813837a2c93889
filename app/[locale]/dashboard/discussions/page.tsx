import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { DiscussionFilters, discussionsFilterKept } from "~/components/dashboard/lists/discussion-filters";
import { DiscussionItemView } from "~/components/dashboard/lists/discussion-item";
import { listParams } from "~/components/dashboard/lists/list-params";
import { ListScreen } from "~/components/dashboard/lists/list-screen";
import { discussionsFilterParams } from "~/lib/discussions/dashboard-filter";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.lists.discussions");
  return { title: t("title") };
}

export default async function DiscussionsPage({ searchParams }: PageProps<"/[locale]/dashboard/discussions">) {
  const params = await searchParams;
  const { q, page } = listParams(params);
  const filter = discussionsFilterParams(params);
  const [t, loaded] = await Promise.all([
    getTranslations("dashboard.lists.discussions"),
    pageData(api.account.lists.discussions({ q, page, ...filter })),
  ]);
  return (
    <ListScreen
      title={t("title")}
      intro={t("intro")}
      loaded={loaded}
      path="/dashboard/discussions"
      searchLabel={t("searchLabel")}
      q={q}
      kept={discussionsFilterKept(filter)}
      filters={"data" in loaded && <DiscussionFilters filter={filter} q={q} reuseTitle={loaded.data.reuseTitle} />}
      count={(count) => t("count", { count })}
      empty={<p>{filter.about || filter.reuse ? t("emptyFiltered") : t("empty")}</p>}
      itemKey={(discussion) => discussion.id}
      renderItem={(discussion) => <DiscussionItemView discussion={discussion} />}
    />
  );
}

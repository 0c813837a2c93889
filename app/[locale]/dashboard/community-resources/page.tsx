import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { CommunityResourceItemView } from "~/components/dashboard/lists/community-resource-item";
import { listParams } from "~/components/dashboard/lists/list-params";
import { ListScreen } from "~/components/dashboard/lists/list-screen";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.lists.communityResources");
  return { title: t("title") };
}

export default async function CommunityResourcesPage({
  searchParams,
}: PageProps<"/[locale]/dashboard/community-resources">) {
  const { q, page } = listParams(await searchParams);
  const t = await getTranslations("dashboard.lists.communityResources");
  return (
    <ListScreen
      title={t("title")}
      intro={t("intro")}
      loaded={await pageData(api.account.lists.communityResources({ q, page }))}
      path="/dashboard/community-resources"
      searchLabel={t("searchLabel")}
      q={q}
      count={(count) => t("count", { count })}
      empty={<p>{t("empty")}</p>}
      itemKey={(resource) => resource.id}
      renderItem={(resource) => <CommunityResourceItemView resource={resource} />}
    />
  );
}

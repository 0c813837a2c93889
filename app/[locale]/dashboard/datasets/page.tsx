import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { DatasetItemView } from "~/components/dashboard/lists/dataset-item";
import { listParams } from "~/components/dashboard/lists/list-params";
import { ListScreen } from "~/components/dashboard/lists/list-screen";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.lists.datasets");
  return { title: t("title") };
}

export default async function MyDatasetsPage({ searchParams }: PageProps<"/[locale]/dashboard/datasets">) {
  const { q, page } = listParams(await searchParams);
  const t = await getTranslations("dashboard.lists.datasets");
  return (
    <ListScreen
      title={t("title")}
      intro={t("intro")}
      loaded={await pageData(api.account.lists.datasets({ q, page }))}
      path="/dashboard/datasets"
      searchLabel={t("searchLabel")}
      q={q}
      count={(count) => t("count", { count })}
      empty={<p>{t("empty")}</p>}
      itemKey={(dataset) => dataset.id}
      renderItem={(dataset) => <DatasetItemView dataset={dataset} />}
    />
  );
}

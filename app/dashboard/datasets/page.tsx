import type { Metadata } from "next";

import { DatasetItemView } from "~/components/dashboard/lists/dataset-item";
import { listParams } from "~/components/dashboard/lists/list-params";
import { ListScreen } from "~/components/dashboard/lists/list-screen";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";

export const metadata: Metadata = { title: "Mes jeux de données" };

export default async function MyDatasetsPage({ searchParams }: PageProps<"/dashboard/datasets">) {
  const { q, page } = listParams(await searchParams);
  return (
    <ListScreen
      title="Mes jeux de données"
      intro="Les jeux de données que vous avez publiés en votre nom sur data.gouv.fr, privés compris. Chaque titre mène à sa page sur data.gouv.fr."
      loaded={await pageData(api.account.lists.datasets({ q, page }))}
      path="/dashboard/datasets"
      searchLabel="Rechercher parmi mes jeux de données"
      q={q}
      noun={["jeu de données", "jeux de données"]}
      empty={<p>Vous n&apos;avez publié aucun jeu de données en votre nom.</p>}
      itemKey={(dataset) => dataset.id}
      renderItem={(dataset) => <DatasetItemView dataset={dataset} />}
    />
  );
}

import type { Metadata } from "next";

import { DatasetItemView } from "~/components/dashboard/lists/dataset-item";
import { listParams } from "~/components/dashboard/lists/list-params";
import { ListScreen } from "~/components/dashboard/lists/list-screen";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";

export const metadata: Metadata = { title: "Jeux de données de mes organisations" };

export default async function OrganizationDatasetsPage({
  searchParams,
}: PageProps<"/dashboard/organization-datasets">) {
  const { q, page } = listParams(await searchParams);
  return (
    <ListScreen
      title="Jeux de données de mes organisations"
      intro="Les jeux de données publiés par vous et par les organisations dont vous êtes membre, les plus récemment modifiés d'abord. Chaque titre mène à sa page sur data.gouv.fr."
      loaded={await pageData(api.account.lists.organizationDatasets({ q, page }))}
      path="/dashboard/organization-datasets"
      searchLabel="Rechercher un jeu de données par son titre"
      q={q}
      noun={["jeu de données", "jeux de données"]}
      empty={
        <p>
          Aucun jeu de données : vos organisations n&apos;en ont pas publié, ou vous n&apos;êtes membre d&apos;aucune
          organisation sur data.gouv.fr.
        </p>
      }
      itemKey={(dataset) => dataset.id}
      renderItem={(dataset) => <DatasetItemView dataset={dataset} />}
    />
  );
}

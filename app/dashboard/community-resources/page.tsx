import type { Metadata } from "next";

import { CommunityResourceItemView } from "~/components/dashboard/lists/community-resource-item";
import { listParams } from "~/components/dashboard/lists/list-params";
import { ListScreen } from "~/components/dashboard/lists/list-screen";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";

export const metadata: Metadata = { title: "Ressources communautaires" };

export default async function CommunityResourcesPage({ searchParams }: PageProps<"/dashboard/community-resources">) {
  const { q, page } = listParams(await searchParams);
  return (
    <ListScreen
      title="Ressources communautaires"
      intro="Les fichiers et liens que d'autres ont ajoutés à vos jeux de données et à ceux de vos organisations. Chaque titre mène à la ressource sur data.gouv.fr."
      loaded={await pageData(api.account.lists.communityResources({ q, page }))}
      path="/dashboard/community-resources"
      searchLabel="Rechercher une ressource par son titre"
      q={q}
      noun={["ressource communautaire", "ressources communautaires"]}
      empty={<p>Personne n&apos;a encore ajouté de ressource à vos jeux de données ni à ceux de vos organisations.</p>}
      itemKey={(resource) => resource.id}
      renderItem={(resource) => <CommunityResourceItemView resource={resource} />}
    />
  );
}

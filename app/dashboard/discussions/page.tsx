import type { Metadata } from "next";

import { DiscussionItemView } from "~/components/dashboard/lists/discussion-item";
import { listParams } from "~/components/dashboard/lists/list-params";
import { ListScreen } from "~/components/dashboard/lists/list-screen";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";

export const metadata: Metadata = { title: "Discussions" };

export default async function DiscussionsPage({ searchParams }: PageProps<"/dashboard/discussions">) {
  const { q, page } = listParams(await searchParams);
  return (
    <ListScreen
      title="Discussions"
      intro="Les discussions engagées sur data.gouv.fr à propos des jeux de données et réutilisations de vos organisations, les plus récentes d'abord. Répondez-y sur data.gouv.fr : chaque titre mène à la discussion."
      loaded={await pageData(api.account.lists.discussions({ q, page }))}
      path="/dashboard/discussions"
      searchLabel="Rechercher une discussion par son titre"
      q={q}
      noun={["discussion", "discussions"]}
      empty={<p>Aucune discussion sur les jeux de données et réutilisations de vos organisations.</p>}
      itemKey={(discussion) => discussion.id}
      renderItem={(discussion) => <DiscussionItemView discussion={discussion} />}
    />
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { BackToReuses } from "~/components/dashboard/reuses/back-link";
import { CreateWizard } from "~/components/dashboard/reuses/create/create-wizard";
import { formChoices } from "~/server/pages/reuse-form-choices";
import { NeedsJavaScript } from "~/components/dashboard/reuses/needs-javascript";
import { PageFailureView } from "~/components/errors/page-failure";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";
import { getSession } from "~/server/auth/session";

export const metadata: Metadata = { title: "Publier une réutilisation" };

const PATH = "/dashboard/reuses/new";

/** The create form: who may publish (from `/me/`), and the types and topics to choose from. */
export default async function NewReusePage() {
  const session = await getSession();
  if (!session) redirect(`/sign-in?callbackUrl=${PATH}`);
  const result = await pageData(Promise.all([api.account.producers(), formChoices()]));
  if ("failure" in result) return <PageFailureView failure={result.failure} retryHref={PATH} />;
  const [producers, { types, topics }] = result.data;

  return (
    <>
      <BackToReuses />
      <h1 className="text-3xl font-bold">Publier une réutilisation</h1>
      <p className="mt-4 max-w-prose">
        Une application, une carte, un article ou une API qui utilise des données de data.gouv.fr ? Décrivez-la,
        indiquez les jeux de données qu’elle utilise, puis publiez-la, ou gardez-la en brouillon. Votre saisie est
        enregistrée dans ce navigateur au fur et à mesure.
      </p>
      <NeedsJavaScript />
      <CreateWizard userId={session.userId} producers={producers} types={types} topics={topics} />
    </>
  );
}

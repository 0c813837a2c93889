import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";

import { BackToReuses } from "~/components/dashboard/reuses/back-link";
import { CreateWizard } from "~/components/dashboard/reuses/create/create-wizard";
import { formChoices } from "~/server/pages/reuse-form-choices";
import { NeedsJavaScript } from "~/components/dashboard/reuses/needs-javascript";
import { PageFailureView } from "~/components/errors/page-failure";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";
import { getSession } from "~/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.create");
  return { title: t("title") };
}

const PATH = "/dashboard/reuses/new";

/** The create form: who may publish (from `/me/`), and the types and topics to choose from. */
export default async function NewReusePage() {
  const session = await getSession();
  if (!session) redirect(`/sign-in?callbackUrl=${PATH}`);
  const result = await pageData(Promise.all([api.account.producers(), formChoices()]));
  if ("failure" in result) return <PageFailureView failure={result.failure} retryHref={PATH} />;
  const [producers, { types, topics }] = result.data;
  const t = await getTranslations("dashboard.create");

  return (
    <>
      <BackToReuses />
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 max-w-prose">{t("intro")}</p>
      <NeedsJavaScript />
      <CreateWizard userId={session.userId} producers={producers} types={types} topics={topics} />
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";

import { BackToReuses } from "~/components/dashboard/reuses/back-link";
import { reuseFromAddress } from "~/components/dashboard/reuses/admin/reuse-address";
import { ReuseFinder } from "~/components/dashboard/reuses/admin/reuse-finder";
import { PageFailureView } from "~/components/errors/page-failure";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.admin");
  return { title: t("findTitle") };
}

/** Opens the management page of the reuse an address names, or says that none matches. */
export default async function FindReusePage({ searchParams }: PageProps<"/[locale]/dashboard/reuses/find">) {
  const { reuse: raw } = await searchParams;
  const address = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const reuse = reuseFromAddress(address);
  if (reuse) {
    const result = await pageData(api.producerReuses.idOf({ reuse }));
    if ("data" in result) redirect(`/dashboard/reuses/${result.data.id}`);
    if (result.failure.kind === "unavailable") {
      return <PageFailureView failure={result.failure} retryHref="/dashboard" />;
    }
  }
  const t = await getTranslations("dashboard.admin");
  return (
    <>
      <BackToReuses />
      <h1 className="text-3xl font-bold">{t("findTitle")}</h1>
      <ReuseFinder value={address} notFound={address.trim() !== ""} />
    </>
  );
}

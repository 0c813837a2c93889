import type { Metadata } from "next";

import { PageFailureView } from "~/components/errors/page-failure";
import { MyReuses } from "~/components/dashboard/my-reuses";
import { pageData } from "~/server/api/page-data";
import { api } from "~/server/api/rsc";

export const metadata: Metadata = { title: "Tableau de bord" };

export default async function DashboardPage() {
  const result = await pageData(api.me.reuses());
  return (
    <>
      <h1 className="text-3xl font-bold">Mes réutilisations</h1>
      {"failure" in result ? (
        <PageFailureView failure={result.failure} retryHref="/dashboard" />
      ) : (
        <MyReuses reuses={result.data} />
      )}
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";

import { ADMIN_SEARCH_PATH } from "~/components/dashboard/admin/admin-search-path";
import { AdminSearchForm } from "~/components/dashboard/admin/admin-search-form";
import { AdminSearchResults } from "~/components/dashboard/admin/admin-search-results";
import { reuseFromAddress } from "~/components/dashboard/reuses/admin/reuse-address";
import { PageFailureView } from "~/components/errors/page-failure";
import { adminSearchFromParams, looksLikeAddress } from "~/lib/reuses/admin-search";
import { personName } from "~/lib/udata/person-name";
import { api } from "~/server/api/rsc";
import { getSession } from "~/server/auth/session";
import { pageData } from "~/server/pages/page-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.admin");
  return { title: t("searchTitle") };
}

/** The reuse a pasted address names: asked only when the field holds one; its id, or null when none matches. */
async function addressed(q: string | undefined) {
  if (!q || !looksLikeAddress(q)) return { asked: false as const };
  const reuse = reuseFromAddress(q);
  if (!reuse) return { asked: true as const, id: null };
  const found = await pageData(api.producerReuses.idOf({ reuse }));
  return { asked: true as const, id: "data" in found ? found.data.id : null };
}

/**
 * Site admins' search over every reuse, private and deleted ones too: by title (or a pasted address), organization,
 * person and status; each row opens the reuse's management screen and features it. A plain GET form: the URL
 * carries the search, and it works without JavaScript.
 */
export default async function AdminReusesPage({ searchParams }: PageProps<"/[locale]/dashboard/admin/reutilisations">) {
  const session = await getSession();
  if (!session) redirect(`/sign-in?callbackUrl=${ADMIN_SEARCH_PATH}`);
  const t = await getTranslations("dashboard.admin");
  const heading = <h1 className="text-3xl font-bold">{t("searchTitle")}</h1>;
  if (!session.roles.includes("admin")) {
    const errors = await getTranslations("errors");
    return (
      <>
        {heading}
        <p className="mt-4">{errors("adminOnly")}</p>
      </>
    );
  }

  const search = adminSearchFromParams(await searchParams);
  const addressAsked = Boolean(search.q && looksLikeAddress(search.q));
  const titleSearch = { ...search, q: addressAsked ? undefined : search.q };
  // One round trip: the address's reuse, the results and the organization's name (for its field) together.
  const [address, loaded, organization] = await Promise.all([
    addressed(search.q),
    pageData(api.adminReuses.search(titleSearch)),
    search.organization ? pageData(api.organizations.name({ id: search.organization })) : null,
  ]);
  if (address.asked && address.id) redirect(`/dashboard/reuses/${address.id}`);
  if ("failure" in loaded && loaded.failure.kind !== "not-found") {
    return <PageFailureView failure={loaded.failure} retryHref={ADMIN_SEARCH_PATH} />;
  }
  // Past the last page udata answers 404: an empty page, with the way back.
  const result = "data" in loaded ? loaded.data : { data: [], total: 0, page: search.page, filtered: false };
  const ownerRow = search.owner ? result.data.find((row) => row.owner?.id === search.owner) : undefined;
  const ownerName = ownerRow?.owner ? personName(ownerRow.owner) : search.owner;

  return (
    <>
      {heading}
      <p className="mt-3 max-w-3xl">{t("searchIntro")}</p>
      <AdminSearchForm
        search={search}
        organization={
          search.organization && organization && "data" in organization
            ? { id: search.organization, name: organization.data.name }
            : undefined
        }
        owner={search.owner && ownerName ? { id: search.owner, name: ownerName } : undefined}
        addressNotFound={address.asked}
      />
      <AdminSearchResults search={search} result={result} />
    </>
  );
}

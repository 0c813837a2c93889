import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "~/components/link";

import { ReuseFinder } from "~/components/dashboard/reuses/admin/reuse-finder";
import { parseOverviewQuery } from "~/components/dashboard/reuses/overview/overview-query";
import { ReuseOverview } from "~/components/dashboard/reuses/overview/reuse-overview";
import { PageFailureView } from "~/components/errors/page-failure";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";
import { getSession } from "~/server/auth/session";
import { PRIMARY_BUTTON } from "~/components/ui/styles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.overview");
  return { title: t("title") };
}

/** The producer area's home: every reuse one manages, and the way to publish a new one. */
export default async function DashboardPage({ searchParams }: PageProps<"/dashboard">) {
  const query = parseOverviewQuery(await searchParams);
  const [result, unanswered, session, t] = await Promise.all([
    pageData(api.account.reuses()),
    // Figures that add to the list: without them (upstream down), the list still shows.
    pageData(api.account.lists.unansweredByReuse()),
    getSession(),
    getTranslations("dashboard.overview"),
  ]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <Link href="/dashboard/reuses/new" className={`${PRIMARY_BUTTON} no-underline`}>
          <span aria-hidden="true">+&nbsp;</span>
          {t("newReuse")}
        </Link>
      </div>
      <p className="mt-2 max-w-prose text-muted">{t("intro")}</p>
      {session?.roles.includes("admin") && <ReuseFinder />}
      {"failure" in result ? (
        <PageFailureView failure={result.failure} retryHref="/dashboard" />
      ) : (
        <ReuseOverview
          reuses={result.data}
          unanswered={new Map("data" in unanswered ? unanswered.data : [])}
          query={query}
          name={session?.name ?? null}
        />
      )}
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "~/components/link";

import { ReuseFinder } from "~/components/dashboard/reuses/admin/reuse-finder";
import { parseOverviewQuery } from "~/components/dashboard/reuses/overview/overview-query";
import { ReuseOverview } from "~/components/dashboard/reuses/overview/reuse-overview";
import { InvitationList } from "~/components/dashboard/invitations/invitation-list";
import { IncomingTransfers } from "~/components/dashboard/transfers/incoming-transfers";
import { OutgoingTransfers } from "~/components/dashboard/transfers/outgoing-transfers";
import { RequestOutcomes } from "~/components/dashboard/transfers/request-outcome";
import { PageFailureView } from "~/components/errors/page-failure";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";
import { getSession } from "~/server/auth/session";
import { PRIMARY_BUTTON } from "~/components/ui/styles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.overview");
  return { title: t("title") };
}

/** What waits for an answer is secondary: when it cannot be read (udata 15 has no invitations), it is not shown. */
const orNone = <T,>(read: Promise<T[]>): Promise<T[]> => read.catch(() => []);

/**
 * The producer area's home: every reuse one manages, the way to publish a new one, and what waits for an answer
 * (transfers, invitations), all read in parallel.
 */
export default async function DashboardPage({ searchParams }: PageProps<"/[locale]/dashboard">) {
  const query = parseOverviewQuery(await searchParams);
  const [result, unanswered, session, t, incoming, outgoing, invitations] = await Promise.all([
    pageData(api.account.reuses()),
    // Figures that add to the list: without them (upstream down), the list still shows.
    pageData(api.account.lists.unansweredByReuse()),
    getSession(),
    getTranslations("dashboard.overview"),
    orNone(api.transfers.incoming()),
    orNone(api.transfers.outgoing()),
    orNone(api.invitations.pending()),
  ]);
  const transfers = [...new Map([...outgoing, ...incoming].map((transfer) => [transfer.id, transfer])).values()];
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
      <RequestOutcomes>
        <InvitationList invitations={invitations} />
        <IncomingTransfers transfers={incoming} />
      </RequestOutcomes>
      <OutgoingTransfers transfers={outgoing} />
      {"failure" in result ? (
        <PageFailureView failure={result.failure} retryHref="/dashboard" />
      ) : (
        <ReuseOverview
          reuses={result.data}
          unanswered={new Map("data" in unanswered ? unanswered.data : [])}
          query={query}
          name={session?.name ?? null}
          transfers={transfers}
        />
      )}
    </>
  );
}

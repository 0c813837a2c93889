import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";

import { BackToReuses } from "~/components/dashboard/reuses/back-link";
import { ActionOutcome, ReuseActionsProvider } from "~/components/dashboard/reuses/edit/actions";
import { EditableReuse } from "~/components/dashboard/reuses/edit/editable-reuse";
import { CreatedNotice, NotEditable } from "~/components/dashboard/reuses/edit/notices";
import { PendingTransferBanner } from "~/components/dashboard/transfers/pending-transfer-banner";
import { ReuseHeading } from "~/components/dashboard/reuses/edit/reuse-heading";
import { formChoices } from "~/server/pages/reuse-form-choices";
import { NeedsJavaScript } from "~/components/dashboard/reuses/needs-javascript";
import { PageFailureView } from "~/components/errors/page-failure";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";
import { getSession } from "~/server/auth/session";
import { OBJECT_ID_PATTERN } from "~/lib/udata/vocabulary";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.edit");
  return { title: t("metaTitle") };
}

/** One reuse, to manage: read with the producer's key (drafts and deleted ones too). */
export default async function ManageReusePage({ params, searchParams }: PageProps<"/[locale]/dashboard/reuses/[id]">) {
  const { id } = await params;
  if (!OBJECT_ID_PATTERN.test(id)) notFound();
  const path = `/dashboard/reuses/${id}`;
  const session = await getSession();
  if (!session) redirect(`/sign-in?callbackUrl=${path}`);
  const isAdmin = session.roles.includes("admin");
  const locale = await getLocale();
  const result = await pageData(
    Promise.all([
      api.producerReuses.get({ id }),
      formChoices(),
      isAdmin ? api.adminReuses.badgeKinds({ locale }) : null,
      api.account.producers(),
      api.transfers.ofReuse({ id }),
    ]),
  );
  if ("failure" in result) return <PageFailureView failure={result.failure} retryHref={path} />;
  const [reuse, { types, topics }, badgeKinds, producers, transfers] = result.data;

  return (
    <ReuseActionsProvider>
      <BackToReuses />
      <ReuseHeading reuse={reuse} />
      <CreatedNotice created={(await searchParams).created} reuse={reuse} />
      <PendingTransferBanner transfers={transfers} />
      <ActionOutcome names={["delete", "restore"]} />
      {reuse.canEdit ? (
        <>
          <NeedsJavaScript />
          <EditableReuse
            reuse={reuse}
            userId={session.userId}
            badgeKinds={badgeKinds}
            types={types}
            topics={topics}
            producers={producers}
          />
        </>
      ) : (
        // Site admins may edit every reuse: they never see this.
        <NotEditable reuse={reuse} />
      )}
    </ReuseActionsProvider>
  );
}

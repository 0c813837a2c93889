import { useTranslations } from "next-intl";

import type { RouterOutputs } from "~/server/api/root";
import { type Recipient, TransferForm } from "./transfer-form";

type Producers = RouterOutputs["account"]["producers"];

interface TransferSectionProps {
  reuse: { id: string; organization: { id: string; name: string } | null };
  /** The caller and their organizations, as `/me/` tells them now. */
  producers: Producers;
}

/**
 * Whom the reuse can be given to: the caller's other organizations, and, for an organization's reuse, the caller
 * themselves (udata's `request_transfer` refuses the current owner).
 */
export function TransferSection({ reuse, producers }: TransferSectionProps) {
  const t = useTranslations("dashboard.transfers");
  const recipients: Recipient[] = producers.organizations
    .filter((organization) => organization.id !== reuse.organization?.id)
    .map((organization) => ({
      class: "Organization",
      id: organization.id,
      label: t("toOrganization", { name: organization.name }),
    }));
  if (reuse.organization) {
    recipients.push({ class: "User", id: producers.id, label: t("toMyself", { name: producers.name }) });
  }
  return (
    <>
      <p className="mt-2 max-w-prose">{t("intro")}</p>
      <TransferForm reuseId={reuse.id} recipients={recipients} organization={reuse.organization?.name ?? null} />
    </>
  );
}

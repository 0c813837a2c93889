import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { formatDate } from "~/components/ui/format";
import { partyName, type Transfer } from "./types";

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

/** The transfers the caller asked for, still waiting for their recipient's answer. */
export function OutgoingTransfers({ transfers }: { transfers: readonly Transfer[] }) {
  const locale = useLocale();
  const t = useTranslations("dashboard.transfers");
  if (transfers.length === 0) return null;
  return (
    <section aria-labelledby="outgoing-transfers-title" className="mt-8 rounded border border-line p-4">
      <h2 id="outgoing-transfers-title" className="text-xl font-bold">
        {t("outgoingTitle")}
      </h2>
      <ul className="mt-2 space-y-2">
        {transfers.map((transfer) => (
          <li key={transfer.id}>
            {t.rich("outgoingItem", {
              title: transfer.subject?.title ?? t("unknownSubject"),
              recipient: partyName(transfer.recipient, t("unknownParty")),
              date: formatDate(transfer.created, locale),
              strong,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

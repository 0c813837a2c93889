import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { formatDate } from "~/components/ui/format";
import { partyName, type Transfer } from "./types";

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

/** The edit screen's banner: each pending transfer of this reuse, to whom, when, and why. */
export function PendingTransferBanner({ transfers }: { transfers: readonly Transfer[] }) {
  const locale = useLocale();
  const t = useTranslations("dashboard.transfers");
  if (transfers.length === 0) return null;
  return (
    <div className="mt-6 space-y-3 rounded border-l-4 border-amber-600 bg-amber-50 p-4" data-testid="pending-transfer">
      {transfers.map((transfer) => (
        <div key={transfer.id}>
          <p>
            {t.rich("pendingTo", {
              recipient: partyName(transfer.recipient, t("unknownParty")),
              date: formatDate(transfer.created, locale),
              strong,
            })}
          </p>
          {transfer.comment && <p className="mt-1 max-w-prose">{t("pendingComment", { comment: transfer.comment })}</p>}
        </div>
      ))}
    </div>
  );
}

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { formatSavedAt } from "./draft-storage";
import { SECONDARY_BUTTON } from "~/components/ui/styles";

interface DraftNoticeProps {
  savedAt: string;
  onDiscard: () => void;
  discardLabel: string;
  children?: ReactNode;
}

/** Said when a form comes back filled from the browser's draft: when it was saved, and how to start over. */
export function DraftNotice({ savedAt, onDiscard, discardLabel, children }: DraftNoticeProps) {
  const t = useTranslations("dashboard.reuseForm.draft");
  const locale = useLocale();
  return (
    <div role="status" className="mt-6 rounded border-l-4 border-brand bg-brand-soft p-4">
      <p className="font-semibold">{t("restored", { savedAt: formatSavedAt(savedAt, locale) })}</p>
      <p className="mt-1">{t("kept")}</p>
      {children}
      <button type="button" onClick={onDiscard} className={`mt-3 ${SECONDARY_BUTTON}`}>
        {discardLabel}
      </button>
    </div>
  );
}

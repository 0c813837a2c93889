import { useTranslations } from "next-intl";

import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "~/components/ui/styles";

/** A step's way back and way on. */
export function StepNav({ onBack, onNext, nextLabel }: { onBack?: () => void; onNext: () => void; nextLabel: string }) {
  const t = useTranslations("dashboard.create.steps");
  return (
    <div className="mt-8 flex flex-wrap gap-3">
      {onBack && (
        <button type="button" onClick={onBack} className={SECONDARY_BUTTON}>
          {t("back")}
        </button>
      )}
      <button type="button" onClick={onNext} className={PRIMARY_BUTTON}>
        {nextLabel}
      </button>
    </div>
  );
}

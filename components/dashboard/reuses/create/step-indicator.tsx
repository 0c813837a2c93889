import { useTranslations } from "next-intl";

import { STEPS, type StepNumber } from "./steps";

/** Where one is in the form: the three steps, the current one marked (`aria-current="step"`), in words too. */
export function StepIndicator({ current }: { current: StepNumber }) {
  const t = useTranslations("dashboard.create.steps");
  return (
    <ol aria-label={t("label")} className="mt-6 grid gap-3 sm:grid-cols-3">
      {STEPS.map((step) => {
        const state = step.number < current ? "done" : step.number === current ? "current" : "coming";
        return (
          <li
            key={step.number}
            aria-current={step.number === current ? "step" : undefined}
            className={`border-t-4 pt-2 ${step.number <= current ? "border-brand" : "border-line"}`}
          >
            <span className="block text-sm text-muted">
              {t("progress", { number: step.number, total: STEPS.length, state })}
            </span>
            <span className={step.number === current ? "font-bold text-brand" : "font-semibold"}>{t(step.name)}</span>
          </li>
        );
      })}
    </ol>
  );
}

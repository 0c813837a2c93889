import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { STEPS, type StepNumber } from "./steps";

interface StepSectionProps {
  number: StepNumber;
  current: StepNumber;
  title: string;
  children: ReactNode;
}

/** One step: a fieldset whose legend is the step's heading. The others are hidden (and out of the a11y tree). */
/** The id of a step's heading, focused when the step opens so that a screen reader says where one is. */
export const stepHeadingId = (number: StepNumber) => `step-${number}-heading`;

export function StepSection({ number, current, title, children }: StepSectionProps) {
  const t = useTranslations("dashboard.create.steps");
  return (
    <fieldset hidden={number !== current} className="mt-8 min-w-0">
      <legend className="w-full">
        <h2
          id={stepHeadingId(number)}
          tabIndex={-1}
          className="text-2xl font-bold focus:outline-none focus-visible:outline-3"
        >
          <span className="block text-base font-normal text-muted">
            {t("position", { number, total: STEPS.length })}
          </span>
          {title}
        </h2>
      </legend>
      {children}
    </fieldset>
  );
}

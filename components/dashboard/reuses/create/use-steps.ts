"use client";

import { useEffect, useRef, useState } from "react";

import { FIELD_IDS, type FocusableField, firstField } from "./create-draft";
import { stepHeadingId } from "./step-section";
import { stepOfField, type StepNumber } from "./steps";

type FocusTarget = FocusableField | "heading";

function focusOn(target: FocusTarget, step: StepNumber) {
  document.getElementById(target === "heading" ? stepHeadingId(step) : FIELD_IDS[target])?.focus();
}

/**
 * The step shown, and where the focus goes when it changes: to the new step's heading (so that a screen reader
 * says where one is), or to a field to correct.
 */
export function useSteps() {
  const [step, setStep] = useState<StepNumber>(1);
  const pendingFocus = useRef<FocusTarget | null>(null);

  // Once the new step is rendered (and visible), it can take the focus.
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    focusOn(target, step);
  });

  function goTo(next: StepNumber, focus: FocusTarget) {
    if (next === step) return focusOn(focus, step);
    pendingFocus.current = focus;
    setStep(next);
  }

  /** Shows the step of the first of these fields, focused. */
  function focusFirstError(names: readonly string[]) {
    const first = firstField(names);
    if (first) goTo(first === "image" ? 1 : stepOfField(first), first);
  }

  return { step, setStep, goTo, focusFirstError };
}

"use client";

import { type RefObject, useEffectEvent, useLayoutEffect } from "react";

/**
 * A controlled field adopts what a person typed into the server's HTML before the scripts ran. React leaves
 * the field's text alone while it hydrates, but its next render would write the state's value over it: at
 * hydration, before that render, the state takes the field's text instead.
 */
export function useTypedBeforeHydration(
  field: RefObject<HTMLInputElement | HTMLTextAreaElement | null>,
  value: string,
  adopt: (typed: string) => void,
): void {
  const adoptTyped = useEffectEvent(() => {
    const typed = field.current?.value;
    if (typed !== undefined && typed !== value) adopt(typed);
  });
  useLayoutEffect(() => adoptTyped(), []);
}

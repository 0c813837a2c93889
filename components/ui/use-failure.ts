"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";

import { type Failure, failureOf, type SayReason } from "./failure";

/** Says a reason from the catalogs' `errors` in the page's language (see SayReason). */
export function useSayReason(): SayReason {
  const t = useTranslations("errors");
  return useCallback(
    (reason, values) => {
      // The server names its reasons by the same catalog; a reason this page's catalog lacks keeps its message.
      const key = reason as Parameters<typeof t.has>[0];
      return t.has(key) ? t(key, values) : undefined;
    },
    [t],
  );
}

/** failureOf, in the page's language: for the components that show why a call failed. */
export function useFailureOf(): (error: unknown) => Failure {
  const say = useSayReason();
  return useCallback((error: unknown) => failureOf(error, say), [say]);
}

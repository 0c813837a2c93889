"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * The few words that client code anywhere on the site shows, translated by the root layout: the error page
 * (a client component by Next.js's rule) and the suggestion lists' announcement. A context of a few strings,
 * rather than next-intl's client provider and catalog, keeps the public pages' JavaScript and payload small.
 */
export interface IslandText {
  locale: string;
  errorTitle: string;
  errorText: string;
  retry: string;
  seeReuses: string;
  /** A count of suggestions, in the plural forms the locale's rules name, `#` standing for the number. */
  suggestions: { one: string; other: string };
}

const IslandTextContext = createContext<IslandText | null>(null);

export function IslandTextProvider({ text, children }: { text: IslandText; children: ReactNode }) {
  return <IslandTextContext value={text}>{children}</IslandTextContext>;
}

export function useIslandText(): IslandText {
  const text = useContext(IslandTextContext);
  if (!text) throw new Error("useIslandText: no IslandTextProvider above (the root layout gives it)");
  return text;
}

/** "3 suggestions : …" in the locale's plural and number format. */
export function suggestionCount(text: IslandText, count: number): string {
  const form = new Intl.PluralRules(text.locale).select(count) === "one" ? "one" : "other";
  return text.suggestions[form].replace("#", new Intl.NumberFormat(text.locale).format(count));
}

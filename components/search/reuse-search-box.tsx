"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useSiteLocale } from "~/components/i18n/use-site-locale";
import { localizedPath } from "~/lib/i18n/paths";

import { usePublicQuery } from "~/components/trpc/public-query";
import { Combobox } from "./combobox";
import { useSuggestionTerm } from "./use-suggestion-term";

interface ReuseSearchBoxProps {
  /** The input's id, for its <label>. */
  id: string;
  defaultValue?: string;
  placeholder?: string;
  /** Names the list of suggestions (translated by the server parent: the island carries no catalog). */
  listLabel: string;
  className?: string;
}

/** The `q` field of a search form, which suggests reuses as one types; choosing one opens its page. */
export function ReuseSearchBox({ id, defaultValue = "", placeholder, listLabel, className }: ReuseSearchBoxProps) {
  const router = useRouter();
  const locale = useSiteLocale();
  const [value, setValue] = useState(defaultValue);
  const { term, enabled } = useSuggestionTerm(value);
  const suggestions = usePublicQuery("reuses", "suggest", { q: term }, enabled);
  const options = (suggestions ?? []).map((reuse) => ({ id: reuse.slug, label: reuse.title }));

  return (
    <Combobox
      id={id}
      name="q"
      value={value}
      onValueChange={setValue}
      options={options}
      onChoose={(option) => router.push(localizedPath(locale, `/reuses/${encodeURIComponent(option.id)}`))}
      listLabel={listLabel}
      placeholder={placeholder}
      className={className}
    />
  );
}

"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { TRPCReactProvider, useTRPC } from "~/components/trpc/provider";
import { Combobox } from "./combobox";
import { useSuggestionTerm } from "./use-suggestion-term";

interface ReuseSearchBoxProps {
  /** The input's id, for its <label>. */
  id: string;
  defaultValue?: string;
  placeholder?: string;
  className?: string;
}

/** The `q` field of a search form, which suggests reuses as one types; choosing one opens its page. */
export function ReuseSearchBox(props: ReuseSearchBoxProps) {
  return (
    <TRPCReactProvider>
      <ReuseSuggestions {...props} />
    </TRPCReactProvider>
  );
}

function ReuseSuggestions({ id, defaultValue = "", placeholder, className }: ReuseSearchBoxProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [value, setValue] = useState(defaultValue);
  const { term, enabled } = useSuggestionTerm(value);
  const { data } = useQuery(
    trpc.reuses.suggest.queryOptions(
      { q: term },
      { enabled, placeholderData: keepPreviousData, staleTime: 60_000, trpc: { abortOnUnmount: true } },
    ),
  );
  const options = enabled ? (data ?? []).map((reuse) => ({ id: reuse.slug, label: reuse.title })) : [];

  return (
    <Combobox
      id={id}
      name="q"
      value={value}
      onValueChange={setValue}
      options={options}
      onChoose={(option) => router.push(`/reuses/${encodeURIComponent(option.id)}`)}
      listLabel="Réutilisations suggérées"
      placeholder={placeholder}
      className={className}
    />
  );
}

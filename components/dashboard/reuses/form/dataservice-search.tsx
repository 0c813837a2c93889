"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { useSuggestionTerm } from "~/components/search/use-suggestion-term";
import { useTRPC } from "~/components/trpc/provider";
import type { PickedDataservice } from "~/lib/reuses/reuse-form-schema";
import { personName } from "~/lib/udata/person-name";
import { SUGGESTION_QUERY_OPTIONS, SuggestionField } from "./suggestion-field";

interface DataserviceSearchProps {
  id: string;
  /** APIs already linked: not suggested again. */
  exclude: readonly string[];
  onChoose: (dataservice: PickedDataservice) => void;
  error?: string;
}

type Producer = { organization: { name: string } | null; owner: { first_name: string; last_name: string } | null };
// "API Sirene" exists from several producers: who publishes it tells them apart.
const producerOf = ({ organization, owner }: Producer) => organization?.name ?? (owner ? personName(owner) : "");

/**
 * Finds an API by its title (data.gouv.fr's `/dataservices/?q=`, as its own picker does) as one types, like
 * the dataset search: Down and Up move through the suggestions, Enter chooses one, Escape closes them.
 */
export function DataserviceSearch({ id, exclude, onChoose, error }: DataserviceSearchProps) {
  const t = useTranslations("dashboard.dataservices");
  const trpc = useTRPC();
  const [typed, setTyped] = useState("");
  const { term, enabled } = useSuggestionTerm(typed);
  const answer = useQuery(
    trpc.producerReuses.suggestDataservices.queryOptions({ q: term }, { enabled, ...SUGGESTION_QUERY_OPTIONS }),
  );
  return (
    <SuggestionField
      id={id}
      error={error}
      words={{
        label: t("search"),
        hint: t("searchHint"),
        list: t("suggestions"),
        placeholder: t("placeholder"),
        nothingFound: (searched) => t("nothingFound", { term: searched }),
      }}
      typed={typed}
      onTypedChange={setTyped}
      term={term}
      enabled={enabled}
      answer={answer}
      exclude={exclude}
      detailOf={producerOf}
      onChoose={onChoose}
    />
  );
}

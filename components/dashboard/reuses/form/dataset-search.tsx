"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { useSuggestionTerm } from "~/components/search/use-suggestion-term";
import { useTRPC } from "~/components/trpc/provider";
import type { PickedDataset } from "~/lib/reuses/reuse-form-schema";
import { SUGGESTION_QUERY_OPTIONS, SuggestionField } from "./suggestion-field";

// Titles repeat (a dataset per region, per year…): the slug tells them apart.
const detailOf = ({ acronym, slug }: { acronym?: string | null; slug: string }) =>
  acronym ? `${acronym} · ${slug}` : slug;

interface DatasetSearchProps {
  id: string;
  /** Datasets already linked: not suggested again. */
  exclude: readonly string[];
  onChoose: (dataset: PickedDataset) => void;
  error?: string;
}

/**
 * Finds a dataset by its title (data.gouv.fr's `/datasets/suggest/`) as one types: Down and Up move through the
 * suggestions, Enter chooses one, Escape closes them. Enter never submits the form from here.
 */
export function DatasetSearch({ id, exclude, onChoose, error }: DatasetSearchProps) {
  const t = useTranslations("dashboard.reuseForm.datasets");
  const trpc = useTRPC();
  const [typed, setTyped] = useState("");
  const { term, enabled } = useSuggestionTerm(typed);
  const answer = useQuery(
    trpc.producerReuses.suggestDatasets.queryOptions({ q: term }, { enabled, ...SUGGESTION_QUERY_OPTIONS }),
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
      detailOf={detailOf}
      onChoose={onChoose}
    />
  );
}

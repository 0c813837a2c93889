"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { Combobox } from "~/components/search/combobox";
import { useSuggestionTerm } from "~/components/search/use-suggestion-term";
import { useTRPC } from "~/components/trpc/provider";
import { Field } from "~/components/ui/field";
import type { PickedDataset } from "~/lib/reuses/reuse-form-schema";
import { INPUT } from "~/components/ui/styles";

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
  const { data, isFetching, isPlaceholderData } = useQuery(
    trpc.producerReuses.suggestDatasets.queryOptions(
      { q: term },
      { enabled, placeholderData: keepPreviousData, staleTime: 60_000, trpc: { abortOnUnmount: true } },
    ),
  );
  // Only suggestions for what is typed now: Enter must never choose one left from an earlier text.
  const current = enabled && term === typed.trim() && !isPlaceholderData;
  const options = current
    ? (data ?? [])
        .filter((dataset) => !exclude.includes(dataset.id))
        // Titles repeat (a dataset per region, per year…): the slug tells them apart.
        .map((dataset) => ({ id: dataset.id, label: dataset.title, detail: detailOf(dataset) }))
    : [];
  const nothingFound = current && !isFetching && data !== undefined && options.length === 0;

  return (
    <Field id={id} label={t("search")} hint={t("searchHint")} error={error}>
      {(control) => (
        // Enter in this field chooses a suggestion; without one, it must not submit the whole form.
        <div onKeyDown={(event) => event.key === "Enter" && event.preventDefault()}>
          <Combobox
            id={control.id}
            value={typed}
            onValueChange={setTyped}
            options={options}
            onChoose={(option) => {
              onChoose({ id: option.id, title: option.label });
              setTyped("");
            }}
            listLabel={t("suggestions")}
            placeholder={t("placeholder")}
            describedBy={control["aria-describedby"]}
            className={INPUT}
          />
          <p role="status" className="mt-2 text-sm text-muted empty:hidden">
            {nothingFound ? t("nothingFound", { term }) : ""}
          </p>
        </div>
      )}
    </Field>
  );
}

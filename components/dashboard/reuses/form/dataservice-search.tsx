"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { Combobox } from "~/components/search/combobox";
import { useSuggestionTerm } from "~/components/search/use-suggestion-term";
import { useTRPC } from "~/components/trpc/provider";
import { Field } from "~/components/ui/field";
import type { PickedDataservice } from "~/lib/reuses/reuse-form-schema";
import { personName } from "~/lib/udata/person-name";
import { INPUT } from "~/components/ui/styles";

interface DataserviceSearchProps {
  id: string;
  /** APIs already linked: not suggested again. */
  exclude: readonly string[];
  onChoose: (dataservice: PickedDataservice) => void;
  error?: string;
}

type Producer = { organization: { name: string } | null; owner: { first_name: string; last_name: string } | null };
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
  const { data, isFetching, isPlaceholderData } = useQuery(
    trpc.producerReuses.suggestDataservices.queryOptions(
      { q: term },
      { enabled, placeholderData: keepPreviousData, staleTime: 60_000, trpc: { abortOnUnmount: true } },
    ),
  );
  // Only suggestions for what is typed now: Enter must never choose one left from an earlier text.
  const current = enabled && term === typed.trim() && !isPlaceholderData;
  const options = current
    ? (data ?? [])
        .filter((dataservice) => !exclude.includes(dataservice.id))
        // "API Sirene" exists from several producers: who publishes it tells them apart.
        .map((dataservice) => ({ id: dataservice.id, label: dataservice.title, detail: producerOf(dataservice) }))
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

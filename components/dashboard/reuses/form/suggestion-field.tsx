"use client";

import { keepPreviousData } from "@tanstack/react-query";

import { Combobox } from "~/components/search/combobox";
import { Field } from "~/components/ui/field";
import { INPUT } from "~/components/ui/styles";

/** The options of a suggestion query (`queryOptions(input, SUGGESTION_QUERY_OPTIONS)`): the last list stays shown while the next one loads. */
export const SUGGESTION_QUERY_OPTIONS = {
  placeholderData: keepPreviousData,
  staleTime: 60_000,
  trpc: { abortOnUnmount: true },
} as const;

interface Suggested {
  id: string;
  title: string;
}

interface SuggestionFieldProps<T extends Suggested> {
  id: string;
  error?: string;
  words: { label: string; hint: string; list: string; placeholder: string; nothingFound: (term: string) => string };
  typed: string;
  onTypedChange: (typed: string) => void;
  /** The term asked for (`useSuggestionTerm`), and whether it was. */
  term: string;
  enabled: boolean;
  /** The suggestion query's answer. */
  answer: { data: readonly T[] | undefined; isFetching: boolean; isPlaceholderData: boolean };
  /** Ids already chosen: not suggested again. */
  exclude: readonly string[];
  /** What tells two suggestions of the same title apart. */
  detailOf: (item: T) => string;
  onChoose: (item: Suggested) => void;
}

/**
 * A field that suggests objects of data.gouv.fr as one types (datasets, APIs): Down and Up move through the
 * suggestions, Enter chooses one, Escape closes them. Enter never submits the form from here.
 */
export function SuggestionField<T extends Suggested>(props: SuggestionFieldProps<T>) {
  const { id, error, words, typed, onTypedChange, term, enabled, answer, exclude, detailOf, onChoose } = props;
  // Only suggestions for what is typed now: Enter must never choose one left from an earlier text.
  const current = enabled && term === typed.trim() && !answer.isPlaceholderData;
  const options = current
    ? (answer.data ?? [])
        .filter((item) => !exclude.includes(item.id))
        .map((item) => ({ id: item.id, label: item.title, detail: detailOf(item) }))
    : [];
  const nothingFound = current && !answer.isFetching && answer.data !== undefined && options.length === 0;

  return (
    <Field id={id} label={words.label} hint={words.hint} error={error}>
      {(control) => (
        // Enter in this field chooses a suggestion; without one, it must not submit the whole form.
        <div onKeyDown={(event) => event.key === "Enter" && event.preventDefault()}>
          <Combobox
            id={control.id}
            value={typed}
            onValueChange={onTypedChange}
            options={options}
            onChoose={(option) => {
              onChoose({ id: option.id, title: option.label });
              onTypedChange("");
            }}
            listLabel={words.list}
            placeholder={words.placeholder}
            describedBy={control["aria-describedby"]}
            className={INPUT}
          />
          <p role="status" className="mt-2 text-sm text-muted empty:hidden">
            {nothingFound ? words.nothingFound(term) : ""}
          </p>
        </div>
      )}
    </Field>
  );
}

"use client";

import { useRef, useState } from "react";
import { flushSync } from "react-dom";

import { usePublicQuery } from "~/components/trpc/public-query";
import { Combobox } from "./combobox";
import { useSuggestionTerm } from "./use-suggestion-term";

interface OrganizationFilterProps {
  /** The organization filtered on, if any. */
  selected?: { id: string; name: string };
  /** Of the field's block (label and input), and of its input. */
  className?: string;
  inputClassName?: string;
  /** The field's words, translated by the server parent: the island carries no catalog. */
  labels: OrganizationFilterLabels;
}

interface OrganizationFilterLabels {
  label: string;
  listLabel: string;
  placeholder: string;
  hint: string;
}

/**
 * The `organization` filter of the listing's form: type a name, choose one of the suggested organizations, and
 * the form is sent with its id. The server renders it as a plain text field, in its place in the filters' row
 * (nothing moves when the scripts arrive), which the island upgrades; what was typed before is kept and
 * searched. A name cannot become an id without JavaScript: the current filter still travels in the hidden
 * input, and visitors filter through the organization links of the result cards.
 */
export function OrganizationFilter({ selected, className, inputClassName, labels }: OrganizationFilterProps) {
  const hidden = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(selected?.name ?? "");
  const [organization, setOrganization] = useState(selected?.id ?? "");
  const { term, enabled } = useSuggestionTerm(value);
  const suggestions = usePublicQuery("organizations", "suggest", { q: term }, enabled);
  const options = (suggestions ?? []).map((org) => ({ id: org.id, label: org.name, detail: org.acronym ?? undefined }));

  return (
    <div className={className}>
      <label htmlFor="filter-organization" className="block text-sm font-semibold">
        {labels.label}
      </label>
      <Combobox
        id="filter-organization"
        value={value}
        onValueChange={(typed) => {
          // What is typed is a search for an organization, not one yet: the filter is the one chosen.
          setValue(typed);
          setOrganization("");
        }}
        options={options}
        onChoose={(option) => {
          flushSync(() => {
            setValue(option.label);
            setOrganization(option.id);
          });
          hidden.current?.form?.requestSubmit();
        }}
        listLabel={labels.listLabel}
        placeholder={labels.placeholder}
        describedBy="filter-organization-hint"
        className={inputClassName}
      />
      <p id="filter-organization-hint" className="sr-only">
        {labels.hint}
      </p>
      <input ref={hidden} type="hidden" name="organization" value={organization} />
    </div>
  );
}

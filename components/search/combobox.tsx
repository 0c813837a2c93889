"use client";

import { type KeyboardEvent, useId, useRef, useState } from "react";

import { suggestionCount, useIslandText } from "~/components/i18n/island-text";
import { useTypedBeforeHydration } from "~/components/ui/use-typed-before-hydration";
import { useHydrated } from "./use-hydrated";

export interface ComboboxOption {
  id: string;
  label: string;
  /** A second, quieter line (an acronym…). */
  detail?: string;
}

interface ComboboxProps {
  /** The input's id, for its <label>. */
  id: string;
  /** Submitted with the form when given. */
  name?: string;
  value: string;
  onValueChange: (value: string) => void;
  options: ComboboxOption[];
  onChoose: (option: ComboboxOption) => void;
  /** Names the list of suggestions ("Réutilisations suggérées"). */
  listLabel: string;
  placeholder?: string;
  describedBy?: string;
  className?: string;
}

/**
 * A text field that suggests as one types: the WAI-ARIA 1.2 combobox with a listbox popup. Focus stays in the
 * field; Down and Up move through the suggestions (`aria-activedescendant`), Enter chooses the active one (with
 * none active, Enter submits the form as usual), Escape closes the list, then clears the field. Before
 * hydration, and so without JavaScript, it is a plain text field of its form; what was typed into it then is
 * kept when the scripts arrive.
 */
export function Combobox(props: ComboboxProps) {
  const { id, name, value, onValueChange, options, onChoose, listLabel, placeholder, describedBy, className } = props;
  const listId = useId();
  const text = useIslandText();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const field = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(field, value, onValueChange);

  const expanded = hydrated && open && options.length > 0;
  const activeIndex = expanded && active < options.length ? active : -1;

  function choose(option: ComboboxOption) {
    setOpen(false);
    setActive(-1);
    onChoose(option);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (count === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setOpen(true);
      setActive(expanded ? (activeIndex + step + count) % count : step === 1 ? 0 : count - 1);
    } else if (event.key === "Enter" && activeIndex >= 0) {
      const option = options[activeIndex];
      if (!option) return;
      event.preventDefault();
      choose(option);
    } else if (event.key === "Escape" && expanded) {
      // Closes the list; the next Escape clears the field (the browser's own behaviour for a search field).
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const comboboxAttributes = hydrated
    ? {
        role: "combobox",
        "aria-autocomplete": "list" as const,
        "aria-expanded": expanded,
        "aria-controls": listId,
        "aria-activedescendant": activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined,
      }
    : {};

  return (
    <div className="relative">
      <input
        ref={field}
        id={id}
        name={name}
        type="search"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={describedBy}
        className={className}
        onChange={(event) => {
          onValueChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        {...comboboxAttributes}
      />
      {hydrated && (
        <ul
          id={listId}
          role="listbox"
          aria-label={listLabel}
          hidden={!expanded}
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-80 overflow-y-auto rounded border border-line bg-white py-1 text-left text-base text-ink shadow-lg"
        >
          {options.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              // Keeps the focus in the field, which a click on an option would otherwise take away (and close the list).
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
              className={`cursor-pointer px-3 py-2 ${index === activeIndex ? "bg-brand text-white" : "hover:bg-brand-soft"}`}
            >
              <span className="block font-medium break-words">{option.label}</span>
              {option.detail && (
                <span className={`block text-sm ${index === activeIndex ? "text-white" : "text-muted"}`}>
                  {option.detail}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="sr-only">
        {expanded ? suggestionCount(text, options.length) : ""}
      </p>
    </div>
  );
}

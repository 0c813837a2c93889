"use client";

import { useTranslations } from "next-intl";
import { type KeyboardEvent, useRef, useState } from "react";

import { REUSE_FORM_LIMITS } from "~/lib/reuses/reuse-form-schema";

import { Field } from "~/components/ui/field";
import { useTypedBeforeHydration } from "~/components/ui/use-typed-before-hydration";
import { addTag } from "./tags";
import { CONTROL, SECONDARY_BUTTON } from "~/components/ui/styles";

interface TagsInputProps {
  id: string;
  value: string[];
  onChange: (tags: string[]) => void;
  onBlur?: () => void;
  /** For react-hook-form, to focus the field on an error. */
  inputRef?: (element: HTMLInputElement | null) => void;
  error?: string;
}

/**
 * Tags: type one, then Enter, a comma or the "Ajouter" button; each added tag has its own remove button. The
 * tags are written as udata keeps them (lower case, no accents), and every change is announced.
 */
export function TagsInput({ id, value, onChange, onBlur, inputRef, error }: TagsInputProps) {
  const field = useRef<HTMLInputElement | null>(null);
  const [typed, setTyped] = useState("");
  useTypedBeforeHydration(field, typed, setTyped);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const validation = useTranslations("validation");
  const t = useTranslations("dashboard.reuseForm.tags");

  function add() {
    if (!typed.trim()) return;
    const result = addTag(value, typed);
    if ("error" in result) return setProblem(validation(result.error, { ...REUSE_FORM_LIMITS, tag: result.tag }));
    onChange(result.tags);
    setAnnouncement(t("added", { tag: result.tags.at(-1) ?? "" }));
    setTyped("");
    setProblem(null);
    // After "Ajouter", the next tag is typed in the same field.
    field.current?.focus();
  }

  function remove(tag: string) {
    onChange(value.filter((other) => other !== tag));
    setAnnouncement(t("removed", { tag }));
    field.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "Enter" && event.key !== ",") return;
    event.preventDefault();
    add();
  }

  return (
    <Field id={id} label={t("label")} optional hint={t("hint")} error={problem ?? error}>
      {(control) => (
        <>
          <div className="mt-2 flex gap-2">
            <input
              {...control}
              ref={(element) => {
                field.current = element;
                inputRef?.(element);
              }}
              type="text"
              value={typed}
              autoComplete="off"
              onChange={(event) => setTyped(event.target.value)}
              onKeyDown={onKeyDown}
              onBlur={onBlur}
              className={`${CONTROL} flex-1`}
            />
            <button type="button" onClick={add} className={`shrink-0 ${SECONDARY_BUTTON}`}>
              {t("add")}
            </button>
          </div>
          {value.length > 0 && (
            <ul aria-label={t("list")} className="mt-3 flex flex-wrap gap-2">
              {value.map((tag) => (
                <li key={tag} className="inline-flex items-center rounded-full bg-brand-soft pl-3 text-brand">
                  <span className="break-all">{tag}</span>
                  <button
                    type="button"
                    onClick={() => remove(tag)}
                    className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full hover:bg-white"
                  >
                    <span aria-hidden="true">×</span>
                    <span className="sr-only">{t("remove", { tag })}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <p role="status" className="sr-only">
            {announcement}
          </p>
        </>
      )}
    </Field>
  );
}

"use client";

import { type FocusEvent, type RefObject, useRef, useState } from "react";

import { useHydrated } from "~/components/search/use-hydrated";
import { CONTROL, LABEL, SECONDARY_BUTTON } from "~/components/ui/styles";

export interface CopyWords {
  label: string;
  copy: string;
  copied: string;
  failed: string;
}

interface CopyFieldProps {
  id: string;
  value: string;
  words: CopyWords;
  /** A code snippet (several lines) rather than a URL. */
  multiline?: boolean;
  fieldRef?: RefObject<HTMLTextAreaElement | null>;
}

/**
 * A read-only field holding what to copy, selected whole on focus; with JavaScript, a button copies it and says
 * so (a polite live region). Without, the field is all there is: select and copy.
 */
export function CopyField({ id, value, words, multiline = false, fieldRef }: CopyFieldProps) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState<"copied" | "failed" | undefined>(undefined);
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const field = fieldRef ?? ownRef;

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("copied");
    } catch {
      field.current?.select();
      setStatus("failed");
    }
  }

  const select = (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => event.currentTarget.select();
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {words.label}
      </label>
      {multiline ? (
        <textarea
          ref={field}
          id={id}
          readOnly
          value={value}
          rows={4}
          onFocus={select}
          className={`${CONTROL} mt-2 h-auto font-mono text-sm`}
        />
      ) : (
        <input id={id} readOnly value={value} onFocus={select} className={`${CONTROL} mt-2 text-sm`} />
      )}
      {hydrated && (
        <button type="button" onClick={() => void copy()} className={`${SECONDARY_BUTTON} mt-2`}>
          {words.copy}
        </button>
      )}
      <p role="status" className="mt-1 text-sm">
        {status === "copied" ? words.copied : status === "failed" ? words.failed : ""}
      </p>
    </div>
  );
}

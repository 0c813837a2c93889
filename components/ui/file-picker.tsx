"use client";

import type { ComponentPropsWithRef } from "react";

import { SECONDARY_BUTTON } from "./styles";

type FilePickerProps = Omit<ComponentPropsWithRef<"input">, "type" | "className" | "id"> & {
  id: string;
  /** The button's words ("Choisir une image"), in the page's language. */
  buttonLabel: string;
  /** What is chosen ("carte.png"), or that nothing is; none when the caller says it elsewhere. */
  fileName?: string;
};

/**
 * THE file field of the site: the browser's own button would speak the browser's language ("Choose File / No
 * file chosen" in an English browser), not the page's. The input is visually hidden behind its label, styled
 * as a button; it keeps the focus, which the label shows. The chosen file's name is read with the field.
 */
export function FilePicker({ id, buttonLabel, fileName, ...input }: FilePickerProps) {
  const nameId = `${id}-file-name`;
  const describedBy = [input["aria-describedby"], fileName !== undefined && nameId].filter(Boolean).join(" ");
  return (
    <div className="mt-2 flex flex-wrap items-center gap-3">
      <input {...input} id={id} type="file" aria-describedby={describedBy || undefined} className="peer sr-only" />
      <label
        htmlFor={id}
        className={`${SECONDARY_BUTTON} cursor-pointer peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-hover peer-disabled:cursor-not-allowed peer-disabled:opacity-60`}
      >
        {buttonLabel}
      </label>
      {fileName !== undefined && (
        <span id={nameId} className="min-w-0 text-sm break-all text-muted">
          {fileName}
        </span>
      )}
    </div>
  );
}

"use client";

import { type ReactNode, useId, useRef } from "react";
import { DANGER_BUTTON, DANGER_OUTLINE_BUTTON, SECONDARY_BUTTON } from "~/components/ui/styles";

interface ConfirmDialogProps {
  /** The button that opens the dialog. */
  trigger: string;
  title: string;
  children: ReactNode;
  confirm: string;
  disabled?: boolean;
  onConfirm: () => void;
}

/**
 * Asks before doing something hard to undo: a modal <dialog> (the browser keeps the focus in it, Escape
 * closes it, and the focus goes back to the button that opened it).
 */
export function ConfirmDialog({ trigger, title, children, confirm, disabled, onConfirm }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        onClick={() => dialog.current?.showModal()}
        className={`mt-4 ${DANGER_OUTLINE_BUTTON}`}
      >
        {trigger}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[calc(100%-2rem)] max-w-lg rounded border border-line p-6 backdrop:bg-black/50"
      >
        <h2 id={titleId} className="text-xl font-bold">
          {title}
        </h2>
        <div className="mt-3">{children}</div>
        <div className="mt-6 flex flex-wrap justify-end gap-3">
          <button type="button" autoFocus onClick={() => dialog.current?.close()} className={SECONDARY_BUTTON}>
            Annuler
          </button>
          <button
            type="button"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
            className={DANGER_BUTTON}
          >
            {confirm}
          </button>
        </div>
      </dialog>
    </>
  );
}

"use client";

import { type ReactNode, type RefObject, useEffect, useId, useRef } from "react";

interface ModalDialogProps {
  open: boolean;
  /** Called when the dialog closes, whatever closed it (a button, Escape). */
  onClose: () => void;
  title: string;
  /** What gets the focus when the dialog opens (else the browser's choice: its first focusable element). */
  initialFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

/**
 * A modal dialog on the native `<dialog>` element (`showModal()`): the browser keeps the focus inside, makes
 * the page behind inert and closes it on Escape. The focus then goes back to what had it before.
 */
export function ModalDialog({ open, onClose, title, initialFocus, children }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      initialFocus?.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, initialFocus]);

  function handleClose() {
    const previous = returnFocusRef.current;
    if (previous?.isConnected) previous.focus();
    onClose();
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onClose={handleClose}
      className="m-auto w-[calc(100%-2rem)] max-w-xl rounded border border-line p-6 text-ink shadow-xl backdrop:bg-black/50"
    >
      <h2 id={titleId} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

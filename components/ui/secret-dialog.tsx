"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";

import { ModalDialog } from "./modal-dialog";
import { CONTROL, PRIMARY_BUTTON, SECONDARY_BUTTON } from "./styles";

interface SecretDialogProps {
  /** The new key or token; null when there is none to show (the dialog is closed). */
  secret: string | null;
  /** Forgets the secret: it is shown this once. */
  onClose: () => void;
  title: string;
  /** The secret field's label ("Nouvelle clé d'API"). */
  label: string;
  children: React.ReactNode;
}

/**
 * Shows a new key or token ONCE, with a copy button. The secret lives in this dialog's props only: closing it
 * forgets it, and nothing (URL, storage, later answer) carries it again.
 */
export function SecretDialog({ secret, onClose, title, label, children }: SecretDialogProps) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const copyRef = useRef<HTMLButtonElement>(null);
  const fieldId = useId();
  const t = useTranslations("dashboard.forms");

  async function copy() {
    if (secret === null) return;
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("yes");
    } catch {
      fieldRef.current?.select();
      setCopied("failed");
    }
  }

  function close() {
    setCopied(null);
    onClose();
  }

  return (
    <ModalDialog open={secret !== null} onClose={close} title={title} initialFocus={copyRef}>
      <div className="mt-4 space-y-3">{children}</div>
      <label htmlFor={fieldId} className="mt-5 block font-semibold">
        {label}
      </label>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          ref={fieldRef}
          id={fieldId}
          type="text"
          readOnly
          value={secret ?? ""}
          autoComplete="off"
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
          className={`${CONTROL} flex-1 font-mono text-sm`}
        />
        <button ref={copyRef} type="button" onClick={copy} className={PRIMARY_BUTTON}>
          {t("copy")}
        </button>
      </div>
      <p role="status" aria-live="polite" className="mt-2 min-h-6 text-sm font-semibold">
        {copied === "yes" && t("copied")}
        {copied === "failed" && t("copyFailed")}
      </p>
      <div className="mt-4 flex justify-end">
        <button type="button" onClick={close} className={SECONDARY_BUTTON}>
          {t("close")}
        </button>
      </div>
    </ModalDialog>
  );
}

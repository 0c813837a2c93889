"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useRef } from "react";

import { ModalDialog } from "./modal-dialog";
import { DANGER_BUTTON, SECONDARY_BUTTON } from "./styles";

interface ConfirmDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Said on the confirm button while the action runs, for a dialog that stays open until it ends. */
  pendingLabel?: string;
  pending?: boolean;
  /** Why the action failed, shown in the dialog. */
  error?: string | null;
  onConfirm: () => void;
}

/** Asks before an action that cannot be undone. The focus starts on "Annuler": Enter does no harm. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, onClose, title, children, confirmLabel, pendingLabel, pending = false, error, onConfirm } = props;
  const cancelRef = useRef<HTMLButtonElement>(null);
  const t = useTranslations("dashboard.forms");
  return (
    <ModalDialog open={open} onClose={onClose} title={title} initialFocus={cancelRef}>
      <div className="mt-4 space-y-3">{children}</div>
      {error && (
        <p role="alert" className="mt-4 font-semibold text-danger">
          {error}
        </p>
      )}
      <div className="mt-6 flex flex-wrap justify-end gap-3">
        <button ref={cancelRef} type="button" onClick={onClose} className={SECONDARY_BUTTON}>
          {t("cancel")}
        </button>
        <button type="button" onClick={onConfirm} disabled={pending} className={DANGER_BUTTON}>
          {pending && pendingLabel ? pendingLabel : confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}

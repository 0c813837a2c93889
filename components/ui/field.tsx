import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { ERROR, HINT, LABEL } from "./styles";

/** What a control needs to be tied to its label, hint and error. */
interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  "aria-required": true | undefined;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  /** Marked with an asterisk; `optional` fields say "(facultatif)"; a field can be neither (a search). */
  required?: boolean;
  optional?: boolean;
  hint?: ReactNode;
  /** Said after the error, still inside it (a link to the reuse that already has this url). */
  errorExtra?: ReactNode;
  error?: string;
  /** A note that does not block (a short description), read with the field like the hint. */
  warning?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}

/** A label, the control, its hint, warning and error, tied together by ids for assistive technologies. */
export function Field({ id, label, required, optional, hint, error, errorExtra, warning, children }: FieldProps) {
  const hintId = `${id}-hint`;
  const warningId = `${id}-warning`;
  const errorId = `${id}-error`;
  const t = useTranslations("dashboard.forms");
  const describedBy = [error && errorId, warning && warningId, hint && hintId].filter(Boolean).join(" ");
  return (
    <div className="mt-6">
      <label htmlFor={id} className={LABEL}>
        {label}
        {required && <RequiredMark />}
        {optional && <span className="font-normal text-muted"> {t("optional")}</span>}
      </label>
      {hint && (
        <p id={hintId} className={HINT}>
          {hint}
        </p>
      )}
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
        "aria-required": required ? true : undefined,
      })}
      {warning && (
        <p id={warningId} className="mt-2 rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm">
          {warning}
        </p>
      )}
      {error && (
        <p id={errorId} className={ERROR}>
          {error} {errorExtra}
        </p>
      )}
    </div>
  );
}

function RequiredMark() {
  return (
    <span className="text-danger" aria-hidden="true">
      {" "}
      *
    </span>
  );
}

/** Said once above a form whose required fields carry the mark. */
export function RequiredNote() {
  const t = useTranslations("dashboard.forms");
  return (
    <p className="mt-2 text-sm text-muted">
      {t.rich("requiredNote", { star: (chunks) => <span className="text-danger">{chunks}</span> })}
    </p>
  );
}

"use client";

import { type FormEvent, useEffect, useId, useRef, useState } from "react";

import { ERROR, HINT, LABEL, PRIMARY_BUTTON, SECONDARY_BUTTON, TEXTAREA } from "~/components/ui/styles";
import { failureCode, publicCall } from "~/components/trpc/public-call";
import { useSiteLocale } from "~/components/i18n/use-site-locale";
import { localizedPath } from "~/lib/i18n/paths";
import { newRequestId, REPORT_MESSAGE_MAX } from "~/lib/reports/report-form";
import { reusePath } from "~/lib/site-urls";
import { failureOfCode, failureText, type ReportFailure, type ReportWords } from "./report-words";

export interface ReportReasonOption {
  value: string;
  label: string;
}

interface ReportFormProps {
  slug: string;
  reasons: readonly ReportReasonOption[];
  words: ReportWords;
  /** What the visitor chose and typed before (a no-JavaScript post that failed comes back with them). */
  initial?: { reason?: string; message?: string; failure?: ReportFailure };
  /** This submission's id, from the server for the no-JavaScript page; made here otherwise. */
  requestId?: string;
  onSent: () => void;
  /** In a dialog: "Annuler" closes it. */
  onCancel?: () => void;
  /** In a dialog that opened before the reasons came: the focus goes to the first one when they do. */
  focusFirstReason?: boolean;
}

/**
 * A report: a reason (radio buttons) and a message. It posts to app/reuses/[slug]/signaler/envoyer without
 * JavaScript; with it, it calls `reuseReports.create` and stays on the page. Its request id is made once and kept
 * until the report is sent: a retry after a failure (a timeout) never makes a second report. On a failure, the
 * choice and the text stay where they are.
 */
export function ReportForm(props: ReportFormProps) {
  const { slug, reasons, words, initial, requestId, onSent, onCancel, focusFirstReason = false } = props;
  const [submission] = useState(() => requestId ?? newRequestId());
  const [reason, setReason] = useState(initial?.reason ?? "");
  const [message, setMessage] = useState(initial?.message ?? "");
  const [error, setError] = useState(initial?.failure ? failureText(words, initial.failure) : "");
  const [pending, setPending] = useState(false);
  const locale = useSiteLocale();
  const ids = { message: useId(), hint: useId(), error: useId() };
  const reasonsRef = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    if (focusFirstReason) reasonsRef.current?.querySelector("input")?.focus();
  }, [focusFirstReason]);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (!reason) return setError(words.reasonRequired);
    setPending(true);
    setError("");
    try {
      await publicCall("mutation", "reuseReports", "create", { slug, reason, message, requestId: submission });
      onSent();
    } catch (failure) {
      setError(failureText(words, failureOfCode(failureCode(failure))));
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      method="post"
      action={localizedPath(locale, `${reusePath(slug)}/signaler/envoyer`)}
      onSubmit={send}
      className="mt-4 space-y-5"
    >
      <input type="hidden" name="demande" value={submission} />
      <p>{words.intro}</p>
      <fieldset ref={reasonsRef} aria-describedby={error ? ids.error : undefined}>
        <legend className={LABEL}>{words.reasonLegend}</legend>
        <div className="mt-2 space-y-1">
          {reasons.map((option) => (
            <label key={option.value} className="flex min-h-11 cursor-pointer items-center gap-3">
              <input
                type="radio"
                name="motif"
                value={option.value}
                required
                checked={reason === option.value}
                onChange={() => setReason(option.value)}
                className="size-5"
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={ids.message} className={LABEL}>
          {words.messageLabel}
        </label>
        <p id={ids.hint} className={HINT}>
          {words.messageHint}
        </p>
        <textarea
          id={ids.message}
          name="message"
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          maxLength={REPORT_MESSAGE_MAX}
          aria-describedby={ids.hint}
          className={`${TEXTAREA} min-h-32`}
        />
      </div>
      {error && (
        <p id={ids.error} role="alert" className={ERROR}>
          {error}
        </p>
      )}
      <div className="flex flex-wrap justify-end gap-3">
        {onCancel && (
          <button type="button" onClick={onCancel} className={SECONDARY_BUTTON}>
            {words.cancel}
          </button>
        )}
        <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
          {pending ? words.pending : words.submit}
        </button>
      </div>
    </form>
  );
}

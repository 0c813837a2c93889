"use client";

import { type MouseEvent, useEffect, useRef, useState } from "react";

import { ModalDialog } from "~/components/ui/modal-dialog";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "~/components/ui/styles";
import { useSiteLocale } from "~/components/i18n/use-site-locale";
import { publicCall } from "~/components/trpc/public-call";
import { reusePath } from "~/lib/site-urls";
import { ReportForm, type ReportReasonOption } from "./report-form";
import type { ReportWords } from "./report-words";

type Reasons = { kind: "loading" } | { kind: "failed" } | { kind: "ready"; options: ReportReasonOption[] };

/**
 * "Signaler": a link to the reuse's report page (/reuses/{slug}/signaler), which works without JavaScript; once
 * the page has hydrated, it opens the same form in a modal dialog (focus kept inside, Escape closes, the focus
 * back on the link). The reasons are asked when it first opens; the form is made at each opening, with its own
 * request id, and replaced by what happens next once the report is sent.
 */
export function ReportDialog({ slug, words }: { slug: string; words: ReportWords }) {
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const [reasons, setReasons] = useState<Reasons>({ kind: "loading" });
  const closeRef = useRef<HTMLButtonElement>(null);
  const locale = useSiteLocale();

  useEffect(() => {
    if (!open || reasons.kind === "ready") return;
    let current = true;
    publicCall("query", "reuseReports", "reasons", { locale }).then(
      (options) => current && setReasons({ kind: "ready", options }),
      () => current && setReasons({ kind: "failed" }),
    );
    return () => {
      current = false;
    };
  }, [open, reasons.kind, locale]);

  useEffect(() => {
    if (sent) closeRef.current?.focus();
  }, [sent]);

  function openDialog(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    setSent(false);
    setOpen(true);
  }

  return (
    <>
      <a href={`${reusePath(slug)}/signaler`} onClick={openDialog} className={SECONDARY_BUTTON}>
        <span aria-hidden="true" className="mr-2">
          ⚑
        </span>
        {words.open}
      </a>
      <ModalDialog open={open} onClose={() => setOpen(false)} title={sent ? words.sentTitle : words.dialogTitle}>
        {open && sent && (
          <div className="mt-4 space-y-6">
            <p role="status">{words.sent}</p>
            <div className="flex justify-end">
              <button ref={closeRef} type="button" onClick={() => setOpen(false)} className={PRIMARY_BUTTON}>
                {words.close}
              </button>
            </div>
          </div>
        )}
        {open && !sent && reasons.kind === "ready" && (
          <ReportForm
            slug={slug}
            reasons={reasons.options}
            words={words}
            onSent={() => setSent(true)}
            onCancel={() => setOpen(false)}
            focusFirstReason
          />
        )}
        {open && !sent && reasons.kind !== "ready" && (
          <div className="mt-4 space-y-6">
            <p role={reasons.kind === "failed" ? "alert" : "status"}>
              {reasons.kind === "failed" ? words.reasonsUnavailable : words.loadingReasons}
            </p>
            <div className="flex justify-end">
              <button type="button" onClick={() => setOpen(false)} className={SECONDARY_BUTTON}>
                {words.close}
              </button>
            </div>
          </div>
        )}
      </ModalDialog>
    </>
  );
}

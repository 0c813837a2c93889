"use client";

import { useEffect, useRef, useState } from "react";

import { ReportForm, type ReportReasonOption } from "./report-form";
import { ReportSent } from "./report-sent";
import type { ReportFailure, ReportWords } from "./report-words";

interface ReportPageFormProps {
  slug: string;
  reasons: readonly ReportReasonOption[];
  words: ReportWords;
  initial: { reason?: string; message?: string; failure?: ReportFailure };
  requestId: string;
  backHref: string;
  backLabel: string;
}

/** The report page's form; once sent (with JavaScript), what happens next in its place, focused. */
export function ReportPageForm({ backHref, backLabel, ...form }: ReportPageFormProps) {
  const [sent, setSent] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (sent) headingRef.current?.focus();
  }, [sent]);
  if (sent) {
    const { words } = form;
    return (
      <ReportSent
        title={words.sentTitle}
        text={words.sent}
        backHref={backHref}
        backLabel={backLabel}
        headingRef={headingRef}
      />
    );
  }
  return <ReportForm {...form} onSent={() => setSent(true)} />;
}

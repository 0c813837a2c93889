import type { Ref } from "react";

import { Link } from "~/components/link";

interface ReportSentProps {
  title: string;
  text: string;
  backHref: string;
  backLabel: string;
  /** The heading, for the form that was replaced to put the focus on. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** What follows a report: who reads it, and the way back to the reuse. */
export function ReportSent({ title, text, backHref, backLabel, headingRef }: ReportSentProps) {
  return (
    <div className="mt-6 space-y-4">
      <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold">
        {title}
      </h2>
      <p role="status">{text}</p>
      <p>
        <Link href={backHref}>{backLabel}</Link>
      </p>
    </div>
  );
}

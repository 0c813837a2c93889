/** What the report form and dialog say, translated by their server parent (public islands carry no catalog). */
export interface ReportWords {
  open: string;
  dialogTitle: string;
  intro: string;
  reasonLegend: string;
  messageLabel: string;
  messageHint: string;
  submit: string;
  pending: string;
  cancel: string;
  close: string;
  sentTitle: string;
  sent: string;
  reasonRequired: string;
  tooMany: string;
  refused: string;
  failed: string;
  reasonsUnavailable: string;
  loadingReasons: string;
}

/** Why a report was not sent, as the form says it (and as the no-JavaScript page's `erreur` names it). */
export type ReportFailure = "motif" | "limite" | "refus" | "indisponible";

export const REPORT_FAILURES: readonly ReportFailure[] = ["motif", "limite", "refus", "indisponible"];

/** A failure's sentence. */
export function failureText(words: ReportWords, failure: ReportFailure): string {
  return { motif: words.reasonRequired, limite: words.tooMany, refus: words.refused, indisponible: words.failed }[
    failure
  ];
}

/** What a tRPC failure code means for a report. */
export function failureOfCode(code: string | undefined): ReportFailure {
  if (code === "TOO_MANY_REQUESTS") return "limite";
  return code === "BAD_REQUEST" || code === "NOT_FOUND" ? "refus" : "indisponible";
}

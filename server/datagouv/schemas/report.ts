import "server-only";

import { z } from "zod";

/** `GET /reports/reasons/`: `[{value, label}]` (udata's `reports_reasons_translations`). */
export const reportReasonSchema = z.object({ value: z.string(), label: z.string() });
export type ReportReason = z.output<typeof reportReasonSchema>;

/** What someone reports: udata's `REPORTABLE_MODELS` by class name, and the object's id. */
export const reportSubjectSchema = z.object({
  class: z.enum(["Dataservice", "Dataset", "Discussion", "Organization", "Reuse", "User"]),
  id: z.string(),
});

/** `POST /reports/` body (udata's `Report.__write_fields__` that a visitor sets). */
export const reportInputSchema = z.object({
  subject: reportSubjectSchema,
  reason: z.string().min(1),
  message: z.string(),
});
export type ReportInput = z.input<typeof reportInputSchema>;

/** The created report, as far as the site reads it. */
export const reportSchema = z.object({ id: z.string(), reason: z.string(), reported_at: z.string() });

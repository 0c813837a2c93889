import "server-only";

import { z } from "zod";

import { upstream } from "../client";
import type { UpstreamCredential } from "../credential";
import { apiPath } from "../paths";
import type { Locale } from "~/lib/i18n/locales";
import {
  reportInputSchema,
  reportReasonSchema,
  reportSchema,
  type ReportInput,
  type ReportReason,
} from "../schemas/report";
import { validInput } from "./shared";

/** `GET /reports/reasons/?lang=`: the reasons, labels in `locale` (udata reads `lang`, not Accept-Language). */
export async function listReportReasons(locale: Locale): Promise<ReportReason[]> {
  const path = apiPath`/reports/reasons/`;
  return upstream({ method: "GET", path, query: { lang: locale }, schema: z.array(reportReasonSchema) });
}

/** `POST /reports/`: 201; anonymous when `credential` is undefined (udata allows it), else by that user. */
export async function createReport(credential: UpstreamCredential | undefined, input: ReportInput) {
  const body = validInput(reportInputSchema, input);
  return upstream({ method: "POST", path: apiPath`/reports/`, body, credential, schema: reportSchema });
}

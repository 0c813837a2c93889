import "server-only";

import { z } from "zod";

import { upstream } from "../client";
import type { UpstreamCredential } from "../credential";
import { apiPath } from "../paths";
import {
  reportInputSchema,
  reportReasonSchema,
  reportSchema,
  type ReportInput,
  type ReportReason,
} from "../schemas/report";
import { validInput } from "./shared";

/** `GET /reports/reasons/?lang=fr`: the reasons, labels in French (udata reads `lang`, not Accept-Language). */
export async function listReportReasons(): Promise<ReportReason[]> {
  const path = apiPath`/reports/reasons/`;
  return upstream({ method: "GET", path, query: { lang: "fr" }, schema: z.array(reportReasonSchema) });
}

/** `POST /reports/`: 201; anonymous when `credential` is undefined (udata allows it), else by that user. */
export async function createReport(credential: UpstreamCredential | undefined, input: ReportInput) {
  const body = validInput(reportInputSchema, input);
  return upstream({ method: "POST", path: apiPath`/reports/`, body, credential, schema: reportSchema });
}

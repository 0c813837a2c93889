import "server-only";

import { getTranslations } from "next-intl/server";

import { REPORT_MESSAGE_MAX } from "~/lib/reports/report-form";
import type { ReportWords } from "./report-words";

/** The report form's words, for an island's props. */
export async function reportWords(): Promise<ReportWords> {
  const t = await getTranslations("report");
  return {
    open: t("open"),
    dialogTitle: t("dialogTitle"),
    intro: t("intro"),
    reasonLegend: t("reasonLegend"),
    messageLabel: t("messageLabel"),
    messageHint: t("messageHint", { max: REPORT_MESSAGE_MAX }),
    submit: t("submit"),
    pending: t("pending"),
    cancel: t("cancel"),
    close: t("close"),
    sentTitle: t("sentTitle"),
    sent: t("sent"),
    reasonRequired: t("reasonRequired"),
    tooMany: t("tooMany"),
    refused: t("refused"),
    failed: t("failed"),
    reasonsUnavailable: t("reasonsUnavailable"),
    loadingReasons: t("loadingReasons"),
  };
}

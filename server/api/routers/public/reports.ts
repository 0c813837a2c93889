import "server-only";

import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { localeInput } from "~/server/api/lib/locale-input";
import { LABELS_FRESH_MS, publicRead } from "~/server/api/lib/public-read";
import { reusePublicProcedure } from "~/server/api/lib/reuse-procedures";
import { readReuse } from "~/server/api/routers/public/reuses/detail";
import { CLIENT_ADDRESS_HEADER } from "~/server/http/client-address";
import { createReport, listReportReasons } from "~/server/datagouv";
import { reportLimiter } from "~/server/reports/limit";
import { oncePerRequest } from "~/server/reports/once";
import { getStore } from "~/server/store";
import { REPORT_MESSAGE_MAX, REPORT_REQUEST_ID } from "~/lib/reports/report-form";

/** Reasons people give; `auto_spam` is the spam filter's own (udata: "not user-reported"). */
const isPersonReason = ({ value }: { value: string }) => value !== "auto_spam";

/** The reasons, in the page's language, once a day for everyone (they change with udata releases). */
async function reportReasons(input: z.output<typeof localeInput>) {
  const reasons = await publicRead("reports.reasons", input, () => listReportReasons(input.locale), LABELS_FRESH_MS);
  return reasons.filter(isPersonReason);
}

const reportInput = z.object({
  slug: z.string().min(1),
  reason: z.string().regex(/^[a-z_]{1,40}$/),
  message: z.string().trim().max(REPORT_MESSAGE_MAX),
  requestId: z.string().regex(REPORT_REQUEST_ID),
});

/** The site's own refusal past the limit (5 reports per 10 minutes per address), said in the form. */
const REPORT_LIMITED = "reportLimited";

/**
 * Reporting a public reuse to data.gouv.fr's moderators, signed in or not (udata allows anonymous reports; the
 * report is sent anonymously). Limited per client address; one report per form submission (`requestId`), whatever
 * the retries.
 */
export const reportsRouter = {
  reasons: reusePublicProcedure.input(localeInput).query(({ input }) => reportReasons(input)),

  create: reusePublicProcedure.input(reportInput).mutation(async ({ ctx, input }) => {
    const reuse = await readReuse(input.slug);
    const verdict = await reportLimiter.check(ctx.headers?.get(CLIENT_ADDRESS_HEADER) ?? "unknown");
    if (!verdict.ok) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: REPORT_LIMITED });
    const outcome = await oncePerRequest(getStore(), "report", input.requestId, () =>
      createReport(undefined, {
        subject: { class: "Reuse", id: reuse.id },
        reason: input.reason,
        message: input.message,
      }),
    );
    return { sent: true, repeated: outcome === "repeated" };
  }),
} satisfies TRPCRouterRecord;

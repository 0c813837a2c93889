import { TRPCError } from "@trpc/server";

import { failureOfCode } from "~/components/reuses/report/report-words";
import { formCaller, seeOther, toFormPage } from "~/server/api/form-post";
import { isSameOrigin } from "~/server/http/same-origin";
import { REPORT_MESSAGE_MAX } from "~/lib/reports/report-form";
import { localeOf, localizedPath } from "~/lib/i18n/paths";
import { reusePath } from "~/lib/site-urls";

const textOf = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

/**
 * The report form without JavaScript: sends the report, then back to the report page, which says what happens
 * next; on a failure, back to the form with why, the reason and the message as they were, and the same request
 * id (a report that timed out may have been made: sent again with its id, it is not made twice).
 */
export async function POST(req: Request, { params }: RouteContext<"/[locale]/reuses/[slug]/signaler/envoyer">) {
  const { slug, locale } = await params;
  if (!isSameOrigin(req.headers)) return new Response(null, { status: 403 });
  const form = await req.formData().catch(() => new FormData());
  const reason = textOf(form.get("motif"));
  const message = textOf(form.get("message")).slice(0, REPORT_MESSAGE_MAX);
  const requestId = textOf(form.get("demande"));
  const page = localizedPath(localeOf(locale), `${reusePath(slug)}/signaler`);
  try {
    const { caller } = formCaller(req);
    await caller.reuseReports.create({ slug, reason, message, requestId });
    return seeOther(`${page}?envoye=1`);
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const failure = reason ? failureOfCode(error.code) : "motif";
    const query = new URLSearchParams({ erreur: failure, motif: reason, message, demande: requestId });
    return seeOther(`${page}?${query}`);
  }
}

/** Opened rather than posted to (or reloaded): back to the page of the form. */
export async function GET(_req: Request, { params }: RouteContext<"/[locale]/reuses/[slug]/signaler/envoyer">) {
  const { slug, locale } = await params;
  return toFormPage(slug, (valid) => localizedPath(localeOf(locale), `${reusePath(valid)}/signaler`));
}

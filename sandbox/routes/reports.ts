import { requireAdmin } from "../auth";
import { type ApiRequest, type Context, type RouteDefinition } from "../context";
import { udataTimestamp } from "../dates";
import { fieldCheckError, modelValidationError, readJsonObject } from "../http";
import { newObjectId } from "../ids";
import { type JsonObject, isObject } from "../json";
import { type ReportRecord } from "../model";
import { pageReply } from "../render/page";
import { userRef } from "../render/refs";

/**
 * Reports (udata's `udata/core/reports/`): the reasons (`ReportsReasonsAPI.get`), reporting anything reportable,
 * anonymously or not (`ReportsAPI.post`), and their list for site admins (`ReportsAPI.get`).
 */

/** `constants.py` `reports_reasons_translations`, in its order; French from udata's catalog (fr/udata.po). */
const REASONS: readonly { value: string; en: string; fr: string }[] = [
  // No French in udata's catalog: gettext answers the English.
  { value: "auto_spam", en: "Auto-detected spam", fr: "Auto-detected spam" },
  { value: "explicit_content", en: "Explicit content", fr: "Contenu inapproprié" },
  { value: "illegal_content", en: "Illegal content", fr: "Contenu illégal" },
  { value: "others", en: "Others", fr: "Autres" },
  { value: "personal_data", en: "Personal data", fr: "Données personnelles" },
  { value: "security", en: "Security", fr: "Sécurité" },
  { value: "spam", en: "Spam", fr: "Spam" },
];

function listReasons(request: ApiRequest) {
  const french = request.url.searchParams.get("lang") === "fr";
  return { status: 200, body: REASONS.map(({ value, en, fr }) => ({ value, label: french ? fr : en })) };
}

/** `REPORTABLE_MODELS` (Dataservice: the sandbox has none, so none is ever found), with each one's label. */
function findSubject(ctx: Context, kind: string, id: string): { label: string | null } | undefined {
  const exact = <T extends { id: string }>(record: T | undefined) => (record?.id === id ? record : undefined);
  switch (kind) {
    case "Reuse":
      return mapLabel(exact(ctx.store.reuse(id)), (reuse) => reuse.title);
    case "Dataset":
      return mapLabel(exact(ctx.store.dataset(id)), (dataset) => dataset.title);
    case "Organization":
      return mapLabel(exact(ctx.store.organization(id)), (organization) => organization.name);
    case "User":
      // A user has neither title nor name: `Report.clean` takes its slug.
      return mapLabel(exact(ctx.store.user(id)), (user) => user.slug);
    case "Discussion":
      return mapLabel(
        ctx.store.state.discussions.find((discussion) => discussion.id === id),
        (discussion) => discussion.title,
      );
    default:
      return undefined;
  }
}

const mapLabel = <T>(record: T | undefined, label: (record: T) => string) =>
  record === undefined ? undefined : { label: label(record) };

const REPORTABLE = new Set(["Dataservice", "Dataset", "Discussion", "Organization", "Reuse", "User"]);

/** A blank string is an absent value (`api_fields.patch`). */
const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : null);

/** `api_fields.patch` then `Report.save`: the subject checked first, then the model's validation. */
function reportOf(ctx: Context, body: JsonObject, by: string | null): ReportRecord {
  const subject = body.subject;
  if (subject !== undefined && subject !== null) {
    if (!isObject(subject) || !("class" in subject) || !("id" in subject)) {
      throw fieldCheckError("subject", "Expected an object with `class` and `id` keys");
    }
    const kind = String(subject.class);
    if (!REPORTABLE.has(kind)) throw fieldCheckError("subject", `Model "${kind}" does not exist`);
    const id = String(subject.id);
    const found = findSubject(ctx, kind, id);
    if (!found) throw fieldCheckError("subject", `Unknown reference '${id}'`);
    return validated({ subject: { class: kind, id }, subject_label: found.label }, body, by);
  }
  return validated(null, body, by);
}

function validated(
  subject: Pick<ReportRecord, "subject" | "subject_label"> | null,
  body: JsonObject,
  by: string | null,
): ReportRecord {
  const reason = text(body.reason);
  const errors: Record<string, string> = {};
  if (reason === null) errors.reason = "Field is required";
  else if (!REASONS.some(({ value }) => value === reason)) {
    errors.reason = `Value must be one of [${REASONS.map(({ value }) => `'${value}'`).join(", ")}]`;
  }
  if (subject === null) errors.subject = "Field is required";
  if (reason === null || subject === null || Object.keys(errors).length > 0) {
    throw modelValidationError("Report", null, errors);
  }
  const message = text(body.message);
  return { id: newObjectId(), by, ...subject, reason, message, reported_at: udataTimestamp() };
}

function renderReport(ctx: Context, report: ReportRecord): JsonObject {
  return {
    by: report.by ? userRef(ctx.base, ctx.store.user(report.by)) : null,
    callbacks_count: 0,
    dismissed_at: null,
    dismissed_by: null,
    id: report.id,
    message: report.message,
    reason: report.reason,
    reported_at: report.reported_at,
    self_api_url: `${ctx.base}/api/1/reports/${report.id}/`,
    subject: report.subject,
    subject_deleted_at: null,
    subject_deleted_by: null,
    subject_embed_id: null,
    subject_label: report.subject_label,
  };
}

async function createReport(ctx: Context, request: ApiRequest) {
  const report = reportOf(ctx, await readJsonObject(request.raw), request.caller?.user.id ?? null);
  ctx.store.state.reports.push(report);
  ctx.store.changed();
  return { status: 201, body: renderReport(ctx, report) };
}

function listReports(ctx: Context, request: ApiRequest) {
  requireAdmin(request.caller);
  return pageReply(request.url, ctx.store.state.reports, (report) => renderReport(ctx, report));
}

export function reportRoutes(ctx: Context): RouteDefinition[] {
  return [
    { method: "GET", path: "/api/1/reports/reasons/", handler: (request) => listReasons(request) },
    { method: "POST", path: "/api/1/reports/", handler: (request) => createReport(ctx, request) },
    { method: "GET", path: "/api/1/reports/", handler: (request) => listReports(ctx, request) },
  ];
}

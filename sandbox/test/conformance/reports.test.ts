import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS, type TestSandbox, jsonOf, startTestSandbox } from "../harness";

/** Reporting a reuse (udata/core/reports/): the reasons, a report anonymous or not, the list for site admins. */
let sandbox: TestSandbox;
let reuse: { id: string; title: string };
beforeAll(async () => {
  sandbox = await startTestSandbox();
  const page = await jsonOf<{ data: { id: string; title: string }[] }>(
    await sandbox.call("/api/1/reuses/?page_size=1"),
  );
  reuse = page.body.data[0] ?? { id: "", title: "" };
});
afterAll(() => sandbox.close());

const report = (json: unknown, key?: string) =>
  sandbox.call("/api/1/reports/", { method: "POST", json, key }).then((response) => jsonOf(response));
const reports = async () =>
  (await jsonOf<{ data: Record<string, unknown>[] }>(await sandbox.call("/api/1/reports/", { key: KEYS.admin }))).body
    .data;

describe("ReportsReasonsAPI.get (udata/core/reports/api.py, constants.py reports_reasons_translations)", () => {
  it("lists {value, label} in udata's order, in English by default", async () => {
    const { status, body } = await jsonOf(await sandbox.call("/api/1/reports/reasons/"));
    expect(status).toBe(200);
    expect(body).toEqual([
      { value: "auto_spam", label: "Auto-detected spam" },
      { value: "explicit_content", label: "Explicit content" },
      { value: "illegal_content", label: "Illegal content" },
      { value: "others", label: "Others" },
      { value: "personal_data", label: "Personal data" },
      { value: "security", label: "Security" },
      { value: "spam", label: "Spam" },
    ]);
  });

  it("in English with ?lang=en, as an English page asks (udata/api/__init__.py set_api_language)", async () => {
    const { body } = await jsonOf<{ value: string; label: string }[]>(
      await sandbox.call("/api/1/reports/reasons/?lang=en"),
    );
    expect(body.map(({ label }) => label)).toEqual([
      "Auto-detected spam",
      "Explicit content",
      "Illegal content",
      "Others",
      "Personal data",
      "Security",
      "Spam",
    ]);
  });

  it("in French with ?lang=fr (udata/translations/fr/LC_MESSAGES/udata.po; auto_spam has no French)", async () => {
    const { body } = await jsonOf<{ value: string; label: string }[]>(
      await sandbox.call("/api/1/reports/reasons/?lang=fr"),
    );
    expect(body.map(({ label }) => label)).toEqual([
      "Auto-detected spam",
      "Contenu inapproprié",
      "Contenu illégal",
      "Autres",
      "Données personnelles",
      "Sécurité",
      "Spam",
    ]);
  });
});

describe("ReportsAPI.post (udata/core/reports/api.py, models.py Report)", () => {
  it("reports anonymously: 201, by null, the subject's title kept — ReportsAPI.post, Report.clean", async () => {
    const { status, body } = await report({
      subject: { class: "Reuse", id: reuse.id },
      reason: "spam",
      message: "Publicité",
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      by: null,
      message: "Publicité",
      reason: "spam",
      subject: { class: "Reuse", id: reuse.id },
      subject_label: reuse.title,
      dismissed_at: null,
      subject_deleted_at: null,
      callbacks_count: 0,
    });
    expect(Object.keys(body)).toEqual([
      "by",
      "callbacks_count",
      "dismissed_at",
      "dismissed_by",
      "id",
      "message",
      "reason",
      "reported_at",
      "self_api_url",
      "subject",
      "subject_deleted_at",
      "subject_deleted_by",
      "subject_embed_id",
      "subject_label",
    ]);
  });

  it("names the reporter when signed in — ReportsAPI.post (report.by = current_user)", async () => {
    const { body } = await report({ subject: { class: "Reuse", id: reuse.id }, reason: "others" }, KEYS.member);
    expect(body).toMatchObject({ by: { id: "100000000000000000000002" }, message: null });
  });

  it("refuses a reason not in REPORT_REASONS_CHOICES, or none: 400 — mongoengine validation, handle_validation_error", async () => {
    const subject = { class: "Reuse", id: reuse.id };
    const wrong = await report({ subject, reason: "boring" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual({
      reason:
        "Value must be one of ['auto_spam', 'explicit_content', 'illegal_content', 'others', 'personal_data', 'security', 'spam']",
    });
    expect((await report({ subject, reason: " " })).body.errors).toEqual({ reason: "Field is required" });
  });

  it("refuses a bad subject: 400 on `subject` — api_fields.patch, wrap_primary_key, db.resolve_model", async () => {
    expect((await report({ subject: "x", reason: "spam" })).body).toEqual({
      errors: { subject: "Expected an object with `class` and `id` keys" },
      message: "Expected an object with `class` and `id` keys",
    });
    expect(
      (await report({ subject: { class: "Reuse", id: "5d13a8b6634f41070a43dff3" }, reason: "spam" })).body,
    ).toEqual({
      errors: { subject: "Unknown reference '5d13a8b6634f41070a43dff3'" },
      message: "Unknown reference '5d13a8b6634f41070a43dff3'",
    });
    expect((await report({ subject: { class: "Nope", id: reuse.id }, reason: "spam" })).status).toBe(400);
  });

  it("lists reports for site admins only: 401, 403, then the reports — ReportsAPI.get (admin_permission)", async () => {
    expect((await sandbox.call("/api/1/reports/")).status).toBe(401);
    expect((await sandbox.call("/api/1/reports/", { key: KEYS.producer })).status).toBe(403);
    expect((await reports()).map((entry) => entry.reason)).toEqual(["spam", "others"]);
  });
});

import "server-only";

import type { z } from "zod";

/**
 * Why a call failed:
 * - `http`: data.gouv.fr answered with an error status (see `status`);
 * - `timeout`: no complete answer within the time limit;
 * - `network`: no answer at all (DNS, refused connection, reset…);
 * - `malformed`: an answer that is not JSON or does not match the schema;
 * - `invalid`: refused here, before any request (bad id/slug, bad query or body); `status` says what
 *   data.gouv.fr would have said (400, or 404 for an id/slug that cannot exist, 401 for a malformed key);
 * - `redirect`: a redirect the client does not follow (a write's, a missing trailing slash's, off the API):
 *   the path is wrong, `detail` says why;
 * - `moved`: a read asked with `reportMoved` named a former slug: `movedTo` is the current one, `location`
 *   the API path that has it.
 */
export type UpstreamErrorKind = "http" | "timeout" | "network" | "malformed" | "invalid" | "redirect" | "moved";

/** Field name → messages, as udata's 400 `{"errors": {...}, "message": ...}` gives them. */
export type FieldErrors = Record<string, string[]>;

export interface UpstreamErrorInit {
  kind: UpstreamErrorKind;
  status?: number;
  method?: string;
  /** API path without the query string (never holds a key). */
  path?: string;
  upstreamMessage?: string;
  fieldErrors?: FieldErrors;
  /** Extra detail for logs: transport error, schema issues. */
  detail?: string;
  /** `moved`: the API path (under /api/1) of the current address, and its new slug. */
  location?: string;
  movedTo?: string;
}

/** The one error type the upstream client throws. Holds no API key, by construction. */
export class UpstreamError extends Error {
  override name = "UpstreamError";
  readonly kind: UpstreamErrorKind;
  /** HTTP status of data.gouv.fr's answer when there was one (or the status `invalid` stands for). */
  readonly status: number | undefined;
  readonly method: string | undefined;
  readonly path: string | undefined;
  /** udata's `message`, untranslated. */
  readonly upstreamMessage: string | undefined;
  readonly fieldErrors: FieldErrors;
  readonly detail: string | undefined;
  readonly location: string | undefined;
  readonly movedTo: string | undefined;

  constructor(init: UpstreamErrorInit) {
    super(describe(init));
    this.kind = init.kind;
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.upstreamMessage = init.upstreamMessage;
    this.fieldErrors = init.fieldErrors ?? {};
    this.detail = init.detail;
    this.location = init.location;
    this.movedTo = init.movedTo;
  }

  toJSON() {
    return {
      name: this.name,
      kind: this.kind,
      status: this.status,
      method: this.method,
      path: this.path,
      message: this.message,
      upstreamMessage: this.upstreamMessage,
      fieldErrors: this.fieldErrors,
      location: this.location,
    };
  }
}

function describe({ kind, status, method, path, upstreamMessage, detail }: UpstreamErrorInit): string {
  const where = method && path ? `data.gouv.fr ${method} ${path}` : "data.gouv.fr";
  const what = kind === "timeout" || kind === "network" || kind === "malformed" ? kind : `${kind} ${status ?? "?"}`;
  const why = [upstreamMessage, detail].filter(Boolean).join(" — ");
  return `${where}: ${what}${why ? ` (${why})` : ""}`;
}

export function isUpstreamError(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError;
}

/** Replaces every occurrence of `secret` (the caller's API key) in a text coming from outside. */
export function redact(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join("[redacted]") : text;
}

/**
 * Normalises udata's `errors` object: values may be a list of messages, one message (flask-restx request
 * parser) or a nested object (nested forms), flattened as `parent.child`.
 */
export function normalizeFieldErrors(value: unknown, prefix = ""): FieldErrors {
  const out: FieldErrors = {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) return out;
  for (const [key, raw] of Object.entries(value)) {
    const field = prefix ? `${prefix}.${key}` : key;
    if (typeof raw === "string") out[field] = [raw];
    else if (Array.isArray(raw)) {
      const messages = raw.filter((item): item is string => typeof item === "string");
      if (messages.length > 0) out[field] = messages;
      // Errors of list items (`tags.0`), as lists of messages or nested objects.
      raw.forEach((item, index) => {
        if (typeof item !== "string") Object.assign(out, normalizeFieldErrors({ [index]: item }, field));
      });
    } else Object.assign(out, normalizeFieldErrors(raw, field));
  }
  return out;
}

/**
 * Reads udata's error body `{message?, errors?}`; anything else (HTML from a proxy…) gives nothing. Every text
 * returned has `secret` (the caller's key) redacted, should upstream ever echo it.
 */
export function parseErrorBody(text: string, secret?: string): { message?: string; fieldErrors: FieldErrors } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { fieldErrors: {} };
  }
  if (typeof body !== "object" || body === null) return { fieldErrors: {} };
  const message = "message" in body && typeof body.message === "string" ? redact(body.message, secret) : undefined;
  const fieldErrors: FieldErrors = {};
  if ("errors" in body) {
    for (const [field, messages] of Object.entries(normalizeFieldErrors(body.errors))) {
      fieldErrors[redact(field, secret)] = messages.map((item) => redact(item, secret));
    }
  }
  return { message, fieldErrors };
}

/** A caller's input refused before any request: 400 with the zod issues as field errors. */
export function invalidInput(error: z.ZodError, status = 400): UpstreamError {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return new UpstreamError({ kind: "invalid", status, fieldErrors, detail: "input refused before the request" });
}

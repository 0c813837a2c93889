import "server-only";

import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";

import type { Messages } from "~/lib/i18n/catalogs";
import { translatorFor } from "~/lib/i18n/translator";
import { UpstreamError, type FieldErrors, type UpstreamErrorKind } from "~/server/datagouv/errors";
import { isStoreUnavailable } from "~/server/store/unavailable";
import { type ErrorReason, ReasonError } from "./reason-error";

export type { FieldErrors } from "~/server/datagouv/errors";

interface Mapping {
  code: TRPC_ERROR_CODE_KEY;
  reason: ErrorReason;
}

/**
 * What an upstream status means for one procedure or domain (a 410 is a deleted reuse for the reuse procedures, a
 * token already revoked for the key page), over the default table. Set as the procedure's `meta.upstreamErrors`.
 */
export type UpstreamMeanings = Readonly<Partial<Record<number, Mapping>>>;

/**
 * The default table from an upstream failure to a tRPC code and a reason (a key of the catalogs' `errors`); a
 * procedure's `UpstreamMeanings` say more where they know what the status means for them. tRPC has no GONE: a
 * 410 becomes NOT_FOUND, and the cause keeps `status: 410` for a page that wants to say more. Statuses not
 * listed fall back to BAD_REQUEST (other 4xx) or BAD_GATEWAY (anything else).
 */
const BY_STATUS: Readonly<Record<number, Mapping>> = {
  400: { code: "BAD_REQUEST", reason: "invalidInput" },
  401: { code: "UNAUTHORIZED", reason: "keyRefused" },
  403: { code: "FORBIDDEN", reason: "forbidden" },
  404: { code: "NOT_FOUND", reason: "notFound" },
  409: { code: "CONFLICT", reason: "conflict" },
  410: { code: "NOT_FOUND", reason: "deleted" },
  413: { code: "PAYLOAD_TOO_LARGE", reason: "fileTooLarge" },
  415: { code: "UNSUPPORTED_MEDIA_TYPE", reason: "unsupportedMediaType" },
  429: { code: "TOO_MANY_REQUESTS", reason: "tooManyRequests" },
  500: { code: "BAD_GATEWAY", reason: "unavailable" },
  502: { code: "BAD_GATEWAY", reason: "unavailable" },
  503: { code: "SERVICE_UNAVAILABLE", reason: "unavailable" },
  504: { code: "GATEWAY_TIMEOUT", reason: "notAnswering" },
};

const BY_KIND: Readonly<Record<Exclude<UpstreamErrorKind, "http" | "invalid">, Mapping>> = {
  timeout: { code: "GATEWAY_TIMEOUT", reason: "notAnswering" },
  network: { code: "BAD_GATEWAY", reason: "unreachable" },
  malformed: { code: "BAD_GATEWAY", reason: "malformed" },
  // A redirect the client refuses is a wrong path in our code, not data.gouv.fr's fault.
  redirect: { code: "INTERNAL_SERVER_ERROR", reason: "internalError" },
  // Only reads asked with `reportMoved` get it; a page sends its visitor to `movedTo` instead.
  moved: { code: "NOT_FOUND", reason: "reuseMoved" },
};

const OTHER_CLIENT_ERROR: Mapping = { code: "BAD_REQUEST", reason: "refused" };
const OTHER_SERVER_ERROR: Mapping = { code: "BAD_GATEWAY", reason: "unavailable" };
const UNEXPECTED: Mapping = { code: "INTERNAL_SERVER_ERROR", reason: "internalError" };

type UpstreamMessageKey = keyof Messages["upstreamMessages"];

/** udata's (English) validation messages we know, as catalog keys; others are passed through unchanged. */
const KNOWN_UPSTREAM_MESSAGES: ReadonlyArray<
  readonly [RegExp, UpstreamMessageKey, ((match: RegExpMatchArray) => Record<string, string>)?]
> = [
  [/^This URL is already registered\.?$/i, "urlTaken"],
  [/^(This field is required|Field is required|Missing data for required field)\.?$/i, "required"],
  [/^Invalid scheme\b/i, "invalidScheme"],
  [/^(Invalid URL|Not a valid URL)\b/i, "invalidUrl"],
  [/^(Invalid email address|Not a valid email address)\.?$/i, "invalidEmail"],
  [/^URLs not allowed in this field\.?$/i, "urlsNotAllowed"],
  [/^Unknown reference\b/i, "unknownReference"],
  [/^Value must be one of\b|is not a valid choice/i, "notAChoice"],
  [/^Field cannot be longer than (\d+) characters?\.?$/i, "tooManyCharacters", (match) => ({ max: match[1] ?? "" })],
  [/^String value is too long\b/i, "tooLong"],
  [/^Unknown badge type\b/i, "unknownBadge"],
  [/^Unsupported image format\b/i, "unsupportedImage"],
];

const upstreamSentence = translatorFor("upstreamMessages");

/**
 * The site's sentence for a udata message (in the default language: field errors are sent as text for now), or
 * `undefined` when we do not know it.
 */
export function translateUpstreamMessage(message: string): string | undefined {
  for (const [pattern, key, valuesOf] of KNOWN_UPSTREAM_MESSAGES) {
    const match = message.trim().match(pattern);
    if (match) return upstreamSentence(key, valuesOf?.(match));
  }
  return undefined;
}

function translateFieldErrors(fieldErrors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, messages]) => [
      field,
      messages.map((message) => translateUpstreamMessage(message) ?? message),
    ]),
  );
}

/**
 * The `cause` of a TRPCError made from an UpstreamError: what the error formatter sends to a form
 * (`fieldErrors`, in French where we know udata's message) and the upstream status (e.g. 410).
 */
export class UpstreamCause extends Error {
  override name = "UpstreamCause";
  constructor(
    message: string,
    readonly kind: UpstreamErrorKind,
    readonly status: number | undefined,
    readonly fieldErrors: FieldErrors,
  ) {
    super(message);
  }
}

function mappingOf(error: UpstreamError, meanings: UpstreamMeanings): Mapping {
  if (error.kind !== "http" && error.kind !== "invalid") return BY_KIND[error.kind];
  const status = error.status ?? 0;
  const listed = meanings[status] ?? BY_STATUS[status];
  if (listed) return listed;
  return status >= 400 && status < 500 ? OTHER_CLIENT_ERROR : OTHER_SERVER_ERROR;
}

/**
 * Any error of a procedure → a TRPCError with a reason; upstream details go in `cause`. The site's own store out
 * of reach (Redis down) is a 503 that says so, not data.gouv.fr's fault nor a bug.
 */
export function toTRPCError(error: unknown, meanings: UpstreamMeanings = {}): TRPCError {
  if (error instanceof TRPCError) return error;
  if (isStoreUnavailable(error)) return new ReasonError("SERVICE_UNAVAILABLE", "serviceUnavailable", { cause: error });
  if (!(error instanceof UpstreamError)) return new ReasonError(UNEXPECTED.code, UNEXPECTED.reason, { cause: error });
  const mapping = mappingOf(error, meanings);
  const fieldErrors = translateFieldErrors(error.fieldErrors);
  const cause = new UpstreamCause(error.message, error.kind, error.status, fieldErrors);
  // A 400 without field errors but with a known reason ("Unsupported image format") says that reason.
  const known = error.upstreamMessage === undefined ? undefined : translateUpstreamMessage(error.upstreamMessage);
  if (error.status === 400 && Object.keys(fieldErrors).length === 0 && known) {
    return new TRPCError({ code: mapping.code, message: known, cause });
  }
  return new ReasonError(mapping.code, mapping.reason, { cause });
}

/**
 * For the error formatter: data.gouv.fr's field errors, to show next to the form's fields, or null. The upstream
 * client's own refusals (`invalid`) are zod's: the formatter sends their field names only (see invalidFieldsOf).
 */
export function fieldErrorsOf(error: TRPCError): FieldErrors | null {
  const cause = error.cause;
  return cause instanceof UpstreamCause && cause.kind !== "invalid" && Object.keys(cause.fieldErrors).length > 0
    ? cause.fieldErrors
    : null;
}

/**
 * The upstream status behind a TRPCError (e.g. 410 behind NOT_FOUND), if it came from data.gouv.fr: mapped
 * already, or still as tRPC wrapped it (a middleware that runs inside the mapping sees it so).
 */
export function upstreamStatusOf(error: TRPCError): number | undefined {
  const cause = error.cause;
  return cause instanceof UpstreamCause || cause instanceof UpstreamError ? cause.status : undefined;
}

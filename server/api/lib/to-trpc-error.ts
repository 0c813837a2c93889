import "server-only";

import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";

import { UpstreamError, type FieldErrors, type UpstreamErrorKind } from "~/server/datagouv/errors";

export type { FieldErrors } from "~/server/datagouv/errors";

interface Mapping {
  code: TRPC_ERROR_CODE_KEY;
  message: string;
}

/**
 * What an upstream status means for one procedure or domain (a 410 is a deleted reuse for the reuse procedures, a
 * token already revoked for the key page), over the default table. Set as the procedure's `meta.upstreamErrors`.
 */
export type UpstreamMeanings = Readonly<Partial<Record<number, Mapping>>>;

/** For input refused here (server/api/trpc.ts) or by data.gouv.fr: the form marks the fields. */
export const INVALID_INPUT_MESSAGE = "Certaines informations ne sont pas valides : corrigez les champs signalés.";
const UNAVAILABLE = "data.gouv.fr est indisponible pour le moment.";
const NOT_ANSWERING = "data.gouv.fr ne répond pas, réessayez dans un instant.";

/**
 * The default table from an upstream failure to a tRPC code and a message for people; a procedure's
 * `UpstreamMeanings` say more where they know what the status means for them. tRPC has no GONE: a 410 becomes
 * NOT_FOUND, and the cause keeps `status: 410` for a page that wants to say more. Statuses not listed fall back
 * to BAD_REQUEST (other 4xx) or BAD_GATEWAY (anything else).
 */
const BY_STATUS: Readonly<Record<number, Mapping>> = {
  400: { code: "BAD_REQUEST", message: INVALID_INPUT_MESSAGE },
  401: { code: "UNAUTHORIZED", message: "Votre clé d'API n'est plus valide. Reconnectez-vous." },
  403: { code: "FORBIDDEN", message: "Vous n'avez pas la permission de modifier cet objet." },
  404: { code: "NOT_FOUND", message: "Introuvable." },
  409: { code: "CONFLICT", message: "Cet objet a été modifié entre-temps : rechargez la page puis réessayez." },
  410: { code: "NOT_FOUND", message: "Cet élément a été supprimé." },
  413: { code: "PAYLOAD_TOO_LARGE", message: "Le fichier est trop volumineux." },
  415: { code: "UNSUPPORTED_MEDIA_TYPE", message: "Ce type de fichier n'est pas accepté." },
  429: { code: "TOO_MANY_REQUESTS", message: "Trop de demandes envoyées à data.gouv.fr : réessayez dans un instant." },
  500: { code: "BAD_GATEWAY", message: UNAVAILABLE },
  502: { code: "BAD_GATEWAY", message: UNAVAILABLE },
  503: { code: "SERVICE_UNAVAILABLE", message: UNAVAILABLE },
  504: { code: "GATEWAY_TIMEOUT", message: NOT_ANSWERING },
};

const BY_KIND: Readonly<Record<Exclude<UpstreamErrorKind, "http" | "invalid">, Mapping>> = {
  timeout: { code: "GATEWAY_TIMEOUT", message: NOT_ANSWERING },
  network: { code: "BAD_GATEWAY", message: "Impossible de joindre data.gouv.fr, réessayez dans un instant." },
  malformed: { code: "BAD_GATEWAY", message: "data.gouv.fr a renvoyé une réponse inattendue, réessayez plus tard." },
  // A redirect the client refuses is a wrong path in our code, not data.gouv.fr's fault.
  redirect: { code: "INTERNAL_SERVER_ERROR", message: "Une erreur inattendue est survenue." },
  // Only reads asked with `reportMoved` get it; a page sends its visitor to `movedTo` instead.
  moved: { code: "NOT_FOUND", message: "Cette réutilisation a changé d'adresse." },
};

const OTHER_CLIENT_ERROR: Mapping = { code: "BAD_REQUEST", message: "data.gouv.fr a refusé cette demande." };
const OTHER_SERVER_ERROR: Mapping = { code: "BAD_GATEWAY", message: UNAVAILABLE };
const UNEXPECTED: Mapping = { code: "INTERNAL_SERVER_ERROR", message: "Une erreur inattendue est survenue." };

/** udata's (English) validation messages we know, in French; others are passed through unchanged. */
const TRANSLATIONS: ReadonlyArray<readonly [RegExp, string | ((match: RegExpMatchArray) => string)]> = [
  [/^This URL is already registered\.?$/i, "Cette URL est déjà enregistrée"],
  [/^(This field is required|Field is required|Missing data for required field)\.?$/i, "Ce champ est obligatoire."],
  [/^Invalid scheme\b/i, "Seules les adresses http:// ou https:// sont acceptées."],
  [/^(Invalid URL|Not a valid URL)\b/i, "Cette URL n'est pas valide."],
  [/^(Invalid email address|Not a valid email address)\.?$/i, "Cette adresse e-mail n'est pas valide."],
  [/^URLs not allowed in this field\.?$/i, "Les liens ne sont pas autorisés dans ce champ."],
  [/^Unknown reference\b/i, "Cet élément est introuvable."],
  [/^Value must be one of\b|is not a valid choice/i, "Cette valeur n'est pas autorisée."],
  [
    /^Field cannot be longer than (\d+) characters?\.?$/i,
    (match) => `Ce champ ne peut pas dépasser ${match[1]} caractères.`,
  ],
  [/^String value is too long\b/i, "Ce texte est trop long."],
  [/^Unknown badge type\b/i, "data.gouv.fr ne propose pas ce badge."],
  [/^Unsupported image format\b/i, "Format d'image non pris en charge : utilisez une image JPEG, PNG ou WebP."],
];

/** The French text for a udata message, or `undefined` when we do not know it. */
export function translateUpstreamMessage(message: string): string | undefined {
  for (const [pattern, french] of TRANSLATIONS) {
    const match = message.trim().match(pattern);
    if (match) return typeof french === "string" ? french : french(match);
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

/** Any error of a procedure → a TRPCError with a French message; upstream details go in `cause`. */
export function toTRPCError(error: unknown, meanings: UpstreamMeanings = {}): TRPCError {
  if (error instanceof TRPCError) return error;
  if (!(error instanceof UpstreamError)) {
    return new TRPCError({ ...UNEXPECTED, cause: error });
  }
  const mapping = mappingOf(error, meanings);
  const fieldErrors = translateFieldErrors(error.fieldErrors);
  // A 400 without field errors but with a known reason ("Unsupported image format") says that reason.
  const known = error.upstreamMessage === undefined ? undefined : translateUpstreamMessage(error.upstreamMessage);
  const message = error.status === 400 && Object.keys(fieldErrors).length === 0 && known ? known : mapping.message;
  const cause = new UpstreamCause(error.message, error.kind, error.status, fieldErrors);
  return new TRPCError({ code: mapping.code, message, cause });
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

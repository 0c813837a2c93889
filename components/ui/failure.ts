import { TRPCClientError } from "@trpc/client";
import { z } from "zod";

/** What the server's error formatter (server/api/trpc.ts) adds to a tRPC error: its code and the refused fields. */
export const errorDataSchema = z.object({
  code: z.string().optional(),
  /** Why, as a key of the catalogs' `errors`, and the values its sentence names. */
  reason: z.string().nullish(),
  reasonValues: z.record(z.string(), z.union([z.string(), z.number()])).nullish(),
  /** Fields of the input our own checks refused: names only, the form knows its rules. */
  invalidFields: z.array(z.string()).nullish(),
  /** data.gouv.fr's refusals, by field, in French where the site knows udata's message. */
  fieldErrors: z.record(z.string(), z.array(z.string())).nullish(),
});

type ErrorData = z.output<typeof errorDataSchema>;

/**
 * Says a reason (a key of the catalogs' `errors`) in the page's language; undefined for a key the catalog does
 * not have. Components get it from useFailureOf; tests from the catalog's translator.
 */
export type SayReason = (reason: string, values?: Record<string, string | number>) => string | undefined;

/**
 * The messages to show next to each field after a failed call: ours (one per refused field: the forms check the
 * same rules in the browser first, so a field refused anyway was sent by an older page, or its value changed
 * meanwhile), then udata's.
 */
export function messagesByField(data: ErrorData | null | undefined, say: SayReason): Record<string, string[]> {
  const messages: Record<string, string[]> = {};
  const refused = say("refusedField") ?? "refusedField";
  for (const field of data?.invalidFields ?? []) messages[field] = [refused];
  for (const [field, list] of Object.entries(data?.fieldErrors ?? {})) {
    messages[field] = [...(messages[field] ?? []), ...list];
  }
  return messages;
}

/** Codes after which a write may or may not have happened: data.gouv.fr was slow or failed, or the site did. */
const UNCERTAIN_CODES: ReadonlySet<string> = new Set([
  "GATEWAY_TIMEOUT",
  "BAD_GATEWAY",
  "SERVICE_UNAVAILABLE",
  "INTERNAL_SERVER_ERROR",
  "TIMEOUT",
  "CLIENT_CLOSED_REQUEST",
]);

/** Why a call from a form failed, in the page's language, with the messages that belong next to a field. */
export class Failure extends Error {
  override name = "Failure";
  constructor(
    message: string,
    /** The tRPC code; undefined when no answer came (connection lost). */
    readonly code: string | undefined,
    /** Field name (the procedure's input, or udata's) → messages. */
    readonly fieldErrors: Readonly<Record<string, string[]>> = {},
    /** Why, as the server said it (a key of the catalogs' `errors`), when it did. */
    readonly reason: string | null = null,
  ) {
    super(message);
  }

  /** The write may have happened although it failed: check before doing it again. */
  get uncertain(): boolean {
    return isUncertain(this.code);
  }
}

/** The tRPC code of what a call threw; undefined when no answer of the server's came. */
export function codeOf(error: unknown): string | undefined {
  if (error instanceof Failure) return error.code;
  if (!(error instanceof TRPCClientError)) return undefined;
  return errorDataSchema.safeParse(error.data).data?.code;
}

/** The server's reason for what a call threw (a key of the catalogs' `errors`); null when it gave none. */
export function reasonOf(error: unknown): string | null {
  if (error instanceof Failure) return error.reason;
  if (!(error instanceof TRPCClientError)) return null;
  return errorDataSchema.safeParse(error.data).data?.reason ?? null;
}

/** After a failure with this code, the write may have happened: check before doing it again. */
export function isUncertain(code: string | undefined): boolean {
  return code === undefined || UNCERTAIN_CODES.has(code);
}

/** The failure of a call that got no answer of the server's. */
function connectionLost(say: SayReason): Failure {
  return new Failure(say("connectionLost") ?? "connectionLost", undefined);
}

/**
 * A failure from what tRPC answers, `{message, data}` (a TRPCClientError, or the JSON body of an upload's
 * answer): the reason's sentence in the page's language, else the server's message.
 */
export function failureFromShape(message: string, data: unknown, say: SayReason): Failure {
  const parsed = errorDataSchema.safeParse(data);
  if (!parsed.success || parsed.data.code === undefined) return connectionLost(say);
  const { reason, reasonValues } = parsed.data;
  const text = (reason ? say(reason, reasonValues ?? undefined) : undefined) ?? message;
  return new Failure(text, parsed.data.code, messagesByField(parsed.data, say), reason ?? null);
}

/** Any error a call threw, as a Failure. */
export function failureOf(error: unknown, say: SayReason): Failure {
  if (error instanceof Failure) return error;
  if (error instanceof TRPCClientError) return failureFromShape(error.message, error.data, say);
  return connectionLost(say);
}

/** The first message to show next to each field after a failed call. */
export function firstMessages(failure: Failure): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [field, [first]] of Object.entries(failure.fieldErrors)) {
    if (first) messages[field] = first;
  }
  return messages;
}

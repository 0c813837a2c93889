import { TRPCClientError } from "@trpc/client";
import { z } from "zod";

/** What the server's error formatter (server/api/trpc.ts) adds to a tRPC error: its code and the refused fields. */
export const errorDataSchema = z.object({
  code: z.string().optional(),
  /** Fields of the input our own checks refused: names only, the form knows its rules. */
  invalidFields: z.array(z.string()).nullish(),
  /** data.gouv.fr's refusals, by field, in French where the site knows udata's message. */
  fieldErrors: z.record(z.string(), z.array(z.string())).nullish(),
});

type ErrorData = z.output<typeof errorDataSchema>;

/**
 * Next to a field the server refused. The forms check the same rules in the browser first, with their own
 * messages: a field refused anyway was sent by an older page, or its value changed meanwhile.
 */
export const REFUSED_FIELD = "Cette valeur n’a pas été acceptée : vérifiez-la.";

/** The messages to show next to each field after a failed call: ours (one per refused field), then udata's. */
export function messagesByField(data: ErrorData | null | undefined): Record<string, string[]> {
  const messages: Record<string, string[]> = {};
  for (const field of data?.invalidFields ?? []) messages[field] = [REFUSED_FIELD];
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

const CONNECTION_LOST =
  "La connexion avec le site a été interrompue. Vérifiez votre connexion à Internet, puis réessayez.";

/** Why a call from a form failed, in French, with the messages that belong next to a field. */
export class Failure extends Error {
  override name = "Failure";
  constructor(
    message: string,
    /** The tRPC code; undefined when no answer came (connection lost). */
    readonly code: string | undefined,
    /** Field name (the procedure's input, or udata's) → messages. */
    readonly fieldErrors: Readonly<Record<string, string[]>> = {},
  ) {
    super(message);
  }

  /** The write may have happened although it failed: check before doing it again. */
  get uncertain(): boolean {
    return this.code === undefined || UNCERTAIN_CODES.has(this.code);
  }
}

/** A failure from what tRPC answers, `{message, data}` (a TRPCClientError, or the JSON body of an upload's answer). */
export function failureFromShape(message: string, data: unknown): Failure {
  const parsed = errorDataSchema.safeParse(data);
  if (!parsed.success || parsed.data.code === undefined) return new Failure(CONNECTION_LOST, undefined);
  return new Failure(message, parsed.data.code, messagesByField(parsed.data));
}

/** Any error a call threw, as a Failure. */
export function failureOf(error: unknown): Failure {
  if (error instanceof Failure) return error;
  if (error instanceof TRPCClientError) return failureFromShape(error.message, error.data);
  return new Failure(CONNECTION_LOST, undefined);
}

/** The first message to show next to each field after a failed call. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [field, [first]] of Object.entries(failureOf(error).fieldErrors)) {
    if (first) messages[field] = first;
  }
  return messages;
}

import { TRPCClientError } from "@trpc/client";

import { errorDataSchema, messagesByField } from "~/components/trpc/error-fields";

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

/** Any error a form's call threw, as a Failure. */
export function failureOf(error: unknown): Failure {
  if (error instanceof Failure) return error;
  if (error instanceof TRPCClientError) return failureFromShape(error.message, error.data);
  return new Failure(CONNECTION_LOST, undefined);
}

import { TRPCClientError } from "@trpc/client";
import { z } from "zod";

/** What the server's error formatter adds to a tRPC error (server/api/trpc.ts): its code and the field errors. */
const errorDataSchema = z.object({
  code: z.string().optional(),
  zodError: z.object({ fieldErrors: z.record(z.string(), z.array(z.string()).optional()) }).nullish(),
  fieldErrors: z.record(z.string(), z.array(z.string())).nullish(),
});

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
const INVALID = "Certaines informations ne sont pas valides : corrigez les champs signalés.";

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
  const { code, zodError, fieldErrors } = parsed.data;
  const fields: Record<string, string[]> = { ...fieldErrors };
  for (const [field, messages] of Object.entries(zodError?.fieldErrors ?? {})) {
    if (messages && messages.length > 0) fields[field] = [...(fields[field] ?? []), ...messages];
  }
  // tRPC writes zod's issues as JSON into the message of an input error: say it for people.
  return new Failure(zodError ? INVALID : message, code, fields);
}

/** Any error a form's call threw, as a Failure. */
export function failureOf(error: unknown): Failure {
  if (error instanceof Failure) return error;
  if (error instanceof TRPCClientError) return failureFromShape(error.message, error.data);
  return new Failure(CONNECTION_LOST, undefined);
}

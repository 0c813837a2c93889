import { z } from "zod";

/** What the server's error formatter (server/api/trpc.ts) adds to a tRPC error: its code and the refused fields. */
export const errorDataSchema = z.object({
  code: z.string().optional(),
  /** Fields of the input our own checks refused: names only, the form knows its rules. */
  invalidFields: z.array(z.string()).nullish(),
  /** data.gouv.fr's refusals, by field, in French where the site knows udata's message. */
  fieldErrors: z.record(z.string(), z.array(z.string())).nullish(),
});

export type ErrorData = z.output<typeof errorDataSchema>;

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

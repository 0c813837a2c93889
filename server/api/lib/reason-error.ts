import "server-only";

import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";

import type { Messages } from "~/lib/i18n/catalogs";
import { translatorFor } from "~/lib/i18n/translator";

/** Why a procedure failed, as a key of the catalogs' `errors`: the browser picks the sentence in its language. */
export type ErrorReason = keyof Messages["errors"];
export type ReasonValues = Readonly<Record<string, string | number>>;

const errorSentence = translatorFor("errors");

/** The default language's sentence for a reason: the error's message, for logs and callers without catalogs. */
export function reasonText(reason: ErrorReason, values?: ReasonValues): string {
  return errorSentence(reason, values);
}

/** A TRPCError that says why by a catalog key (sent as `data.reason` by the error formatter). */
export class ReasonError extends TRPCError {
  readonly reason: ErrorReason;
  readonly values: ReasonValues | undefined;

  constructor(
    code: TRPC_ERROR_CODE_KEY,
    reason: ErrorReason,
    options: { values?: ReasonValues; cause?: unknown } = {},
  ) {
    super({ code, message: reasonText(reason, options.values), cause: options.cause });
    this.reason = reason;
    this.values = options.values;
  }
}

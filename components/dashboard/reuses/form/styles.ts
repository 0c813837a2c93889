import { BUTTON, CONTROL } from "~/components/reuses/styles";

// The producer forms' look: the site's fields and buttons, plus what forms need beyond the listing's.

/** A control with a red underline when invalid; INPUT puts it under its label. */
export const FIELD_CONTROL = `${CONTROL} aria-[invalid=true]:border-danger`;
export const INPUT = `mt-2 ${FIELD_CONTROL}`;
export const TEXTAREA = `${INPUT} h-auto min-h-48 leading-relaxed`;
export const LABEL = "block font-semibold";
export const HINT = "mt-1 text-sm text-muted";
export const ERROR = "mt-2 font-semibold text-danger";
export const PRIMARY_BUTTON = `${BUTTON} disabled:cursor-not-allowed disabled:opacity-60`;
export const SECONDARY_BUTTON =
  "inline-flex min-h-11 items-center justify-center rounded border border-brand bg-white px-4 py-2 font-semibold text-brand hover:bg-brand-soft disabled:cursor-not-allowed disabled:opacity-60";
export const DANGER_BUTTON =
  "inline-flex min-h-11 items-center justify-center rounded border border-danger bg-white px-4 py-2 font-semibold text-danger hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-60";
/** A small button inside a list (remove a tag, a dataset). */
export const SMALL_BUTTON =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 text-brand underline hover:bg-brand-soft";
export const DANGER_SOLID_BUTTON =
  "inline-flex min-h-11 items-center justify-center rounded bg-danger px-4 py-2 font-semibold text-white hover:bg-red-800";

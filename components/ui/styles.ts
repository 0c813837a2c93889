/** The site's class names for fields and buttons (after the French state's design system), in every area. */

/** A text field or a select, without its margin; a red underline when invalid. */
export const CONTROL =
  "block h-11 w-full min-w-0 rounded-t border-0 border-b-2 border-ink bg-[#eeeeee] px-3 py-2 text-base text-ink placeholder:text-muted aria-[invalid=true]:border-danger";
/** A control under a small label (the listing's filters). */
export const FIELD = `mt-1 ${CONTROL}`;
/** A control under a form's label. */
export const INPUT = `mt-2 ${CONTROL}`;
export const TEXTAREA = `${INPUT} h-auto min-h-48 leading-relaxed`;
export const LABEL = "block font-semibold";
/** A filter's label, beside the results. */
export const SMALL_LABEL = "block text-sm font-semibold";
export const HINT = "mt-1 text-sm text-muted";
export const ERROR = "mt-2 font-semibold text-danger";

const BUTTON =
  "inline-flex min-h-11 items-center justify-center rounded px-4 py-2 font-semibold disabled:cursor-not-allowed disabled:opacity-60";
export const PRIMARY_BUTTON = `${BUTTON} bg-brand whitespace-nowrap text-white hover:bg-brand-hover`;
export const SECONDARY_BUTTON = `${BUTTON} border border-brand bg-white text-brand hover:bg-brand-soft`;
/** The confirmation of what cannot be undone. */
export const DANGER_BUTTON = `${BUTTON} bg-danger text-white hover:bg-red-800`;
/** What opens that confirmation. */
export const DANGER_OUTLINE_BUTTON = `${BUTTON} border border-danger bg-white text-danger hover:bg-red-50`;
/** A small button inside a list (remove a tag, a dataset). */
export const SMALL_BUTTON =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 text-brand underline hover:bg-brand-soft";

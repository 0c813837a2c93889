/** Class names shared by the listing's and the home page's forms (after the French state's design system). */
export const LABEL = "block text-sm font-semibold";
/** A text field or a select, without its margin. */
export const CONTROL =
  "block h-11 w-full min-w-0 rounded-t border-0 border-b-2 border-ink bg-[#eeeeee] px-3 py-2 text-base text-ink placeholder:text-muted";
/** A field under its label. */
export const FIELD = `mt-1 ${CONTROL}`;
export const BUTTON =
  "inline-flex min-h-11 items-center justify-center rounded bg-brand px-4 py-2 font-semibold whitespace-nowrap text-white hover:bg-brand-hover";

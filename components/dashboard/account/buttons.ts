/** The producer area's button styles. */
const base =
  "inline-flex min-h-11 items-center justify-center rounded px-4 py-2 font-semibold disabled:cursor-not-allowed disabled:opacity-60";

export const primaryButton = `${base} bg-brand text-white hover:bg-brand-hover`;
export const secondaryButton = `${base} border border-brand text-brand hover:bg-brand-soft`;
export const dangerButton = `${base} bg-danger text-white hover:bg-red-800`;
export const dangerOutlineButton = `${base} border border-danger text-danger hover:bg-red-50`;

/** Runs once when the server starts. */
export async function register() {
  // Next.js also compiles this file for the Edge runtime, which this site never uses; it inlines NEXT_RUNTIME.
  // eslint-disable-next-line no-restricted-properties -- a build-time constant of Next.js, not configuration
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./server/env");
}

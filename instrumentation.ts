/** Runs once when the server starts: a bad environment stops it here, with one line naming the variable. */
export async function register() {
  try {
    await import("./server/env");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

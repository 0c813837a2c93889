/** Checked when the server starts: a bad environment stops it here, with one line naming the variable. */
try {
  await import("./env");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

export {};

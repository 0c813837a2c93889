import { accessSync, constants, mkdirSync } from "node:fs";
import path from "node:path";

import { createSqliteStore } from "./sqlite";

const PROBE_KEY = "start-up:probe";

/**
 * Why DATA_DIR cannot hold the SQLite store, in one line naming it and the cause, or null when it can. A missing
 * directory is created; then the store is opened and written to (one committed write), so that a read-only or
 * full disk stops the server at start-up instead of failing its first sign-in.
 */
export async function dataDirProblem(dataDir: string): Promise<string | null> {
  const dir = path.resolve(dataDir);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    return `DATA_DIR ${dir} cannot be created: ${cause(error)}`;
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch (error) {
    return `DATA_DIR ${dir} is not writable: ${cause(error)}`;
  }
  try {
    const store = createSqliteStore(path.join(dir, "store.sqlite"));
    try {
      await store.set(PROBE_KEY, String(Date.now()), 1_000);
      await store.delete(PROBE_KEY);
    } finally {
      await store.close();
    }
  } catch (error) {
    return `DATA_DIR ${dir} cannot hold the SQLite store (store.sqlite): ${cause(error)}`;
  }
  return null;
}

/** An error's code (EACCES, EROFS, SQLITE_FULL…) and message, on one line. */
function cause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = "code" in error && typeof error.code === "string" ? error.code : error.name;
  const message = error.message.replace(/\s+/g, " ");
  return message.startsWith(code) ? message : `${code} (${message})`;
}

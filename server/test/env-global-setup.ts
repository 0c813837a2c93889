/**
 * The app's own store (cache, vault) for a test run: a temporary DATA_DIR, so that no run sees what an earlier
 * one cached, and a vault secret. Set before any test worker starts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export default function prepareAppEnvironment() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "reuses-vitest-app-"));
  process.env.DATA_DIR = dataDir;
  process.env.NEXTAUTH_SECRET = "vitest-secret-of-the-key-vault-0123456789";
  return () => rmSync(dataDir, { recursive: true, force: true });
}

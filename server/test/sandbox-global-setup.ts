/**
 * Starts the sandbox (a separate program, as in production) once for the app's integration tests, seeded into a
 * temporary directory, and points DATAGOUV_URL at it before any test worker starts.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import type { TestProject } from "vitest/node";

import { freePort, waitForUrl } from "../../scripts/lib/net.mjs";

export default async function startSandbox(project: TestProject) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "reuses-vitest-sandbox-"));
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "sandbox/main.ts"], {
    env: { ...process.env, SANDBOX_PORT: String(port), SANDBOX_DATA_DIR: dataDir },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForUrl(`${url}/_sandbox/health`, 60_000, { child });
  process.env.DATAGOUV_URL = url;
  project.provide("sandboxUrl", url);

  return () => {
    // The whole group: tsx runs the sandbox in a child process of its own.
    if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    sandboxUrl: string;
  }
}

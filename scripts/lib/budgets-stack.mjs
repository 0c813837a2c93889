// The sandbox and the production server for `node scripts/budgets.mjs`: free ports, fresh data directories (no
// cache from an earlier run), output kept back unless something fails.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { freePort, waitForUrl } from "./net.mjs";
import { sandboxCommand, serverCommand } from "./paths.mjs";
import { spawnGroup, stopAll } from "./proc.mjs";

const STARTUP_TIMEOUT_MS = 90_000;

/** Starts a child whose output is kept in memory, to be shown only if it fails. */
function quietChild([command, args], env) {
  const child = spawnGroup(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  const output = [];
  for (const stream of [child.stdout, child.stderr]) stream?.on("data", (chunk) => output.push(chunk));
  return { child, output: () => Buffer.concat(output).toString("utf8") };
}

async function ready(url, { child, output }, name, accept) {
  try {
    await waitForUrl(url, STARTUP_TIMEOUT_MS, { child, accept });
  } catch (error) {
    throw new Error(`the ${name} did not start: ${error.message}\n${output().slice(-2_000)}`);
  }
}

/** Starts both; resolves with their URLs and `stop()`, which also removes the data directories. */
export async function startStack() {
  const tmp = mkdtempSync(path.join(tmpdir(), "reuses-budgets-"));
  const stop = async () => {
    await stopAll();
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const [sandboxPort, appPort] = [await freePort(), await freePort()];
    const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
    const appUrl = `http://127.0.0.1:${appPort}`;
    const sandbox = quietChild(sandboxCommand(), {
      ...process.env,
      SANDBOX_PORT: String(sandboxPort),
      SANDBOX_DATA_DIR: path.join(tmp, "sandbox"),
      SANDBOX_LATENCY_MS: "0",
    });
    await ready(`${sandboxUrl}/_sandbox/health`, sandbox, "sandbox");
    // A fresh SQLite store in DATA_DIR, even when REDIS_URL is set: nothing cached by an earlier run.
    const { REDIS_URL: _shared, ...environment } = process.env;
    const app = quietChild(serverCommand(), {
      ...environment,
      NODE_ENV: "production",
      PORT: String(appPort),
      DATAGOUV_URL: sandboxUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: appUrl,
      DATA_DIR: path.join(tmp, "app"),
      DEMO_MODE: "false",
    });
    // The port answering is enough: the pages themselves are what we measure.
    await ready(`${appUrl}/robots.txt`, app, "app", () => true);
    return { sandboxUrl, appUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

// The sandbox and production servers that the measuring scripts (budgets, bench, load, faults, scale, fuzz) run
// against: free ports, fresh data directories (no cache from an earlier run), output kept back unless something
// fails. Needs a build (.next/).
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

/** The sandbox on a free port, answering every /api request after `latencyMs`. */
export async function startSandbox({ dataDir, latencyMs = 0 }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const sandbox = quietChild(sandboxCommand(), {
    ...process.env,
    SANDBOX_PORT: String(port),
    SANDBOX_DATA_DIR: dataDir,
    SANDBOX_LATENCY_MS: String(latencyMs),
  });
  await ready(`${url}/_sandbox/health`, sandbox, "sandbox");
  return { url, ...sandbox };
}

/**
 * The environment of a production server on `port` against `sandboxUrl`, with its store in `dataDir` (REDIS_URL
 * is not passed on: see startApp) and `secret`; the site's URL is `siteUrl`, or the server's own.
 */
export function appEnvironment({ sandboxUrl, dataDir, secret, port, siteUrl }) {
  const { REDIS_URL: _shared, ...environment } = process.env;
  return {
    ...environment,
    NODE_ENV: "production",
    PORT: String(port),
    DATAGOUV_URL: sandboxUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: siteUrl ?? `http://127.0.0.1:${port}`,
    DATA_DIR: dataDir,
    DEMO_MODE: "false",
    TRUST_PROXY: "true",
  };
}

/**
 * A production server (`npm start`) on a free port, against `sandboxUrl`. Its store is a fresh SQLite one in
 * `dataDir`, even when REDIS_URL is set, unless `env` gives REDIS_URL. `secret` is shared by instances that must
 * accept each other's sessions. It trusts X-Forwarded-For from the loopback (TRUST_PROXY), as behind nginx: the
 * scripts send one to give each client (a fuzzer's identity, a signed-in session) its own sign-in limit. `child` is the server process itself (its RSS is the server's memory). `port`
 * (default: a free one) restarts an instance where a reverse proxy expects it.
 */
export async function startApp({ sandboxUrl, dataDir, secret, env = {}, siteUrl, port: fixedPort }) {
  const port = fixedPort ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const app = quietChild(serverCommand(), {
    ...appEnvironment({ sandboxUrl, dataDir, secret, port, siteUrl }),
    ...env,
  });
  // The port answering is enough: the pages themselves are what we measure.
  await ready(`${url}/robots.txt`, app, "app", () => true);
  return { url, port, ...app };
}

/** A fresh temporary directory and a `stop()` that stops every child and removes it. */
export function stackDirectory(prefix = "reuses-stack-") {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const stop = async () => {
    await stopAll();
    rmSync(dir, { recursive: true, force: true });
  };
  return { dir, stop };
}

/** Starts both; resolves with their URLs, the children, and `stop()`, which also removes the data directories. */
export async function startStack({ latencyMs = 0, appEnv = {} } = {}) {
  const { dir, stop } = stackDirectory();
  try {
    const sandbox = await startSandbox({ dataDir: path.join(dir, "sandbox"), latencyMs });
    const secret = randomBytes(32).toString("base64url");
    const app = await startApp({ sandboxUrl: sandbox.url, dataDir: path.join(dir, "app"), secret, env: appEnv });
    return { sandboxUrl: sandbox.url, appUrl: app.url, sandbox, app, secret, dir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

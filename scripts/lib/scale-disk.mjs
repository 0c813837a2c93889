// The disk under the embedded store (SQLite in DATA_DIR, no Redis), for `npm run test:scale`: a DATA_DIR that is
// missing (created), cannot be created or is read-only (the server refuses to start, in one line naming DATA_DIR
// and the cause), full (scale-disk-full.mjs) or shared by two instances (scale-disk-shared.mjs). Mounting the
// small disks needs root on Linux; without it, those cases fail saying so.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { freePort } from "./net.mjs";
import { serverCommand } from "./paths.mjs";
import { exitCode, signalGroup, spawnGroup, stopAll } from "./proc.mjs";
import { checkFullDisk } from "./scale-disk-full.mjs";
import { canMount, mountTmpfs, remountReadOnly, unmountAll } from "./scale-disk-mount.mjs";
import { checkSharedDataDir } from "./scale-disk-shared.mjs";
import { getPage } from "./scale-site.mjs";
import { appEnvironment, stackDirectory, startApp, startSandbox } from "./test-stack.mjs";

const REFUSAL_TIMEOUT_MS = 60_000;

/**
 * Starts the server with `dataDir` and expects it to refuse: resolves with its exit code, its stderr and how long
 * it took, or with code null when it was still running after REFUSAL_TIMEOUT_MS (then it is stopped).
 */
async function refusedStart({ sandbox, secret }, dataDir) {
  const started = Date.now();
  const [command, args] = serverCommand();
  const env = appEnvironment({ sandboxUrl: sandbox.url, dataDir, secret, port: await freePort() });
  const child = spawnGroup(command, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  const stderr = [];
  child.stderr.on("data", (chunk) => stderr.push(chunk));
  const timeout = setTimeout(() => signalGroup(child, "SIGKILL"), REFUSAL_TIMEOUT_MS);
  const code = await exitCode(child);
  clearTimeout(timeout);
  return { code, stderr: Buffer.concat(stderr).toString("utf8").trim(), seconds: (Date.now() - started) / 1000 };
}

/** A check that the server refused to start with exit code 1 and one line naming DATA_DIR and `cause`. */
async function verifyRefusal(stack, results, { name, dataDir, cause }) {
  await results.verify(`disk: ${name}, the server refuses to start in one line naming DATA_DIR`, async () => {
    const { code, stderr, seconds } = await refusedStart(stack, dataDir);
    results.figure(`disk: ${name}, time to refuse (s)`, seconds);
    const oneLine = !stderr.includes("\n") && stderr.startsWith(`DATA_DIR ${dataDir} `) && stderr.includes(cause);
    return { ok: code === 1 && oneLine, detail: `exit ${code} after ${seconds} s: ${stderr.slice(0, 300)}` };
  });
}

async function checkMissingDataDir({ dir, sandbox, secret }, results) {
  const dataDir = path.join(dir, "missing", "data");
  await results.verify("disk: a missing DATA_DIR is created at start-up, and pages are served", async () => {
    const app = await startApp({ sandboxUrl: sandbox.url, dataDir, secret });
    const { status } = await getPage(`${app.url}/`);
    signalGroup(app.child, "SIGTERM");
    await exitCode(app.child);
    const created = existsSync(path.join(dataDir, "store.sqlite"));
    return { ok: status === 200 && created, detail: `home page HTTP ${status}, store.sqlite created: ${created}` };
  });
}

/** Runs every disk case in a directory of its own, with its own sandbox; each figure and check goes to `results`. */
export async function checkDisk(results, { quick }) {
  const durationS = quick ? 8 : 30;
  const { dir, stop } = stackDirectory("reuses-scale-disk-");
  try {
    const sandbox = await startSandbox({ dataDir: path.join(dir, "sandbox") });
    const stack = { dir, sandbox, secret: randomBytes(32).toString("base64url") };
    await checkMissingDataDir(stack, results);
    writeFileSync(path.join(dir, "a-file"), "");
    const underAFile = path.join(dir, "a-file", "data");
    await verifyRefusal(stack, results, { name: "DATA_DIR under a file", dataDir: underAFile, cause: "ENOTDIR" });
    if (!canMount()) {
      results.check("disk: read-only and full disks (tmpfs)", false, "cannot mount a tmpfs here: run as root on Linux");
    } else {
      const readOnly = mountTmpfs(path.join(dir, "read-only"), "1m");
      mkdirSync(path.join(readOnly, "data"));
      remountReadOnly(readOnly);
      const dataDir = path.join(readOnly, "data");
      await verifyRefusal(stack, results, { name: "read-only DATA_DIR", dataDir, cause: "EROFS" });
      await checkFullDisk(stack, results, { durationS });
    }
    await checkSharedDataDir(stack, results, { durationS });
  } finally {
    // Every process first, so that nothing holds a file on the disks, then the disks, then the directory.
    await stopAll();
    unmountAll();
    await stop();
  }
}

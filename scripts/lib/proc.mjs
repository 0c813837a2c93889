// Child processes without orphans. Each child leads its own process group (detached), so that stopping it also
// stops what it started (tsx's node, next's workers); every live group is stopped when we exit, on Ctrl-C
// (SIGINT), SIGTERM and SIGHUP. Being in their own group, children do not get the terminal's Ctrl-C themselves:
// we forward it, then SIGKILL whatever is still alive after a grace period.
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";

import { isBuilt, ROOT, tool } from "./paths.mjs";

const GRACE_MS = 10_000;
const live = new Set(); // children whose group may still hold processes
let stopping = false;

/** Starts `command args` in its own process group, output shared with ours, stdin closed. */
export function spawnGroup(
  command,
  args,
  { env = process.env, cwd = ROOT, stdio = ["ignore", "inherit", "inherit"] } = {},
) {
  installHandlers();
  // Telemetry off: demo, dev and tests run offline.
  const child = spawn(command, args, { cwd, env: { NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio, detached: true });
  live.add(child);
  child.once("exit", () => {
    // Its group may outlive it (grandchildren): end them too. The group id cannot be reused while it has members.
    signalGroup(child, "SIGKILL");
    live.delete(child);
  });
  child.once("error", () => live.delete(child));
  return child;
}

/** Resolves with the exit code of a child (128 + n when killed by signal n, 127 when it could not start). */
export function exitCode(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once("error", () => resolve(127));
    child.once("exit", (code, signal) => resolve(code ?? 128 + (constants.signals[signal] ?? 0)));
  });
}

/** Runs a command to completion in its own group; resolves with its exit code. */
export function run(command, args, options) {
  return exitCode(spawnGroup(command, args, options));
}

/** Builds the app (next build) when there is no build yet; resolves with whether there is one now. */
export async function ensureBuilt() {
  if (isBuilt()) return true;
  console.log("No build in .next/: building the app (next build)");
  return (await run(...tool("next", ["build"]))) === 0;
}

/** Whether we were told to stop (Ctrl-C, SIGTERM, SIGHUP): the children's exits are then expected. */
export function interrupted() {
  return stopping;
}

/** Stops every live group: `signal` first, SIGKILL for those still alive after the grace period. */
export async function stopAll(signal = "SIGTERM") {
  const children = [...live];
  for (const child of children) signalGroup(child, signal);
  const deadline = Date.now() + GRACE_MS;
  while (live.size > 0 && Date.now() < deadline) await sleep(100);
  for (const child of live) signalGroup(child, "SIGKILL");
}

/** Sends `signal` to the whole group of `child` (e.g. SIGKILL, to kill a server as a crash would). */
export function signalGroup(child, signal) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

let installed = false;
function installHandlers() {
  if (installed) return;
  installed = true;
  // Last resort (uncaught error, process.exit without stopAll): nothing async can run here, hence SIGKILL.
  process.on("exit", () => {
    for (const child of live) signalGroup(child, "SIGKILL");
  });
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ]) {
    process.on(signal, () => {
      if (stopping) {
        // A second Ctrl-C: do not wait any longer.
        for (const child of live) signalGroup(child, "SIGKILL");
        process.exit(code);
      }
      stopping = true;
      console.error(`\n${signal}: stopping ${live.size} process group(s)…`);
      void stopAll(signal === "SIGHUP" ? "SIGTERM" : signal).then(() => process.exit(code));
    });
  }
}

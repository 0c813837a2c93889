// The disks of the disk checks (scale-disk.mjs): small tmpfs mounts (root on Linux), filled to the last block or
// made read-only, and SQLite's own check of a store file afterwards.
import { execFileSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import Database from "better-sqlite3";

const mounted = [];

/** Whether this process may mount a tmpfs (root on Linux); without it, the full and read-only disks cannot be had. */
export function canMount() {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(path.join(tmpdir(), "reuses-mount-probe-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", probe], { stdio: "ignore" });
    execFileSync("umount", [probe], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

/**
 * Mounts a tmpfs of `size` (e.g. "24m") at `dir`, with more mount `options` if given (e.g. ",ro");
 * `unmountAll()` takes it away.
 */
export function mountTmpfs(dir, size, options = "") {
  mkdirSync(dir, { recursive: true });
  execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}${options}`, "tmpfs", dir]);
  mounted.push(dir);
  return dir;
}

export function remountReadOnly(dir) {
  execFileSync("mount", ["-o", "remount,ro", dir]);
}

/** Lazily: a process still holding a file there lets go of it when it exits. */
export function unmountAll() {
  for (const dir of mounted.splice(0)) {
    try {
      execFileSync("umount", ["-l", dir], { stdio: "ignore" });
    } catch {
      // Already gone.
    }
  }
}

/** Writes zeros to `file` until the disk refuses (ENOSPC); resolves with the bytes written. */
export function fillDisk(file) {
  const chunk = Buffer.alloc(64 * 1024);
  const fd = openSync(file, "w");
  let written = 0;
  try {
    for (;;) written += writeSync(fd, chunk);
  } catch (error) {
    if (error.code !== "ENOSPC") throw error;
  } finally {
    closeSync(fd);
  }
  // The last blocks, smaller than a chunk.
  const tail = openSync(`${file}-tail`, "w");
  try {
    for (;;) written += writeSync(tail, chunk, 0, 512);
  } catch (error) {
    if (error.code !== "ENOSPC") throw error;
  } finally {
    closeSync(tail);
  }
  return written;
}

/** SQLite's `PRAGMA integrity_check` of a store file: "ok" when it is sound. */
export function integrityCheck(file) {
  const db = new Database(file, { fileMustExist: true });
  try {
    return db.pragma("integrity_check", { simple: true });
  } finally {
    db.close();
  }
}

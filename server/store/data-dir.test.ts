import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { dataDirProblem } from "./data-dir";

/** Whether this process may mount a tmpfs (root on Linux): the read-only and full disks need one. */
function canMount(): boolean {
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

const mounting = canMount();

/** The problem is one line, starting with `start`. */
function expectOneLine(problem: string | null, start: string) {
  expect(problem?.slice(0, start.length)).toBe(start);
  expect(problem).not.toContain("\n");
}

describe("dataDirProblem", () => {
  let dir: string;
  let mounted: string | undefined;

  /** A tmpfs of `size` mounted at `dir/disk`, with the mount options given. */
  function tmpfs(size: string, options = ""): string {
    mounted = path.join(dir, "disk");
    mkdirSync(mounted);
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}${options}`, "tmpfs", mounted]);
    return mounted;
  }

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "reuses-data-dir-test-"));
  });
  afterEach(() => {
    if (mounted) execFileSync("umount", [mounted]);
    mounted = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it("creates a missing DATA_DIR, parents included, and opens the store in it", async () => {
    const dataDir = path.join(dir, "missing", "data");
    expect(await dataDirProblem(dataDir)).toBeNull();
    expect(existsSync(path.join(dataDir, "store.sqlite"))).toBe(true);
  });

  it("names DATA_DIR and the cause when it cannot be created", async () => {
    writeFileSync(path.join(dir, "a-file"), "");
    const dataDir = path.join(dir, "a-file", "data");
    expectOneLine(await dataDirProblem(dataDir), `DATA_DIR ${dataDir} cannot be created: ENOTDIR: `);
  });

  it("names DATA_DIR and SQLite's cause when the store cannot be opened there", async () => {
    mkdirSync(path.join(dir, "store.sqlite"));
    expectOneLine(
      await dataDirProblem(dir),
      `DATA_DIR ${dir} cannot hold the SQLite store (store.sqlite): SQLITE_CANTOPEN`,
    );
  });

  it.runIf(mounting)("names DATA_DIR and EROFS on a read-only disk", async () => {
    const disk = tmpfs("1m", ",ro");
    expectOneLine(await dataDirProblem(disk), `DATA_DIR ${disk} is not writable: EROFS: `);
  });

  it.runIf(mounting)("names DATA_DIR and SQLITE_FULL on a full disk", async () => {
    const disk = tmpfs("256k");
    // Filled to the last block: the file takes what it can, then the write fails with ENOSPC.
    try {
      execFileSync("dd", ["if=/dev/zero", `of=${path.join(disk, "filler")}`, "bs=4k"], { stdio: "ignore" });
    } catch {
      // ENOSPC, as intended.
    }
    expectOneLine(
      await dataDirProblem(disk),
      `DATA_DIR ${disk} cannot hold the SQLite store (store.sqlite): SQLITE_FULL`,
    );
  });
});

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { canMount, fillDisk, mountTmpfs, unmountAll } from "../../scripts/lib/scale-disk-mount.mjs";
import { dataDirProblem } from "./data-dir";

const mounting = canMount();

/** The problem is one line, starting with `start`. */
function expectOneLine(problem: string | null, start: string) {
  expect(problem?.slice(0, start.length)).toBe(start);
  expect(problem).not.toContain("\n");
}

describe("dataDirProblem", () => {
  let dir: string;

  /** A tmpfs of `size` mounted at `dir/disk`, with the mount options given. */
  const tmpfs = (size: string, options = "") => mountTmpfs(path.join(dir, "disk"), size, options);

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "reuses-data-dir-test-"));
  });
  afterEach(() => {
    unmountAll();
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
    fillDisk(path.join(disk, "filler"));
    expectOneLine(
      await dataDirProblem(disk),
      `DATA_DIR ${disk} cannot hold the SQLite store (store.sqlite): SQLITE_FULL`,
    );
  });
});
